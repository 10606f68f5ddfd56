// What the public page (/cong-khai) discloses, decided once (docs/decisions/0037): đề án once
// approved (the approval is a public act), with their name, the facilities' names, the xã, the
// content, the approved support and the status; contest winners; programme progress. Never a
// person's name, a tax code, a phone, an address or a document.
import { PROJECT_CONTRACT_SIGNED_STATES, type ProjectStatus } from './lifecycle/project';

/** Đề án shown publicly: approved, and every state that follows approval (stopped ones too). */
export const PROJECT_PUBLIC_STATES: readonly ProjectStatus[] = ['APPROVED', ...PROJECT_CONTRACT_SIGNED_STATES];

/** How long the public figures may be served from cache before they are read again (seconds). */
export const PUBLIC_PAGE_REVALIDATE_SECONDS = 300;
/** The cache tag a publishing action expires at once. */
export const PUBLIC_PAGE_CACHE_TAG = 'cong-khai';
