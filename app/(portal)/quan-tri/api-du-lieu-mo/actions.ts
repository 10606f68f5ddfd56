'use server';

import { revalidatePath } from 'next/cache';
import { apiClientIdSchema, apiTokenIdSchema, createApiClientSchema } from '@/lib/schemas/api-client';
import { action } from '@/lib/server/action';
import { createApiClient } from '@/lib/server/open-data/create-api-client';
import { issueApiToken } from '@/lib/server/open-data/issue-api-token';
import { revokeApiToken } from '@/lib/server/open-data/revoke-api-token';

const PAGE = '/quan-tri/api-du-lieu-mo';

export const createApiClientAction = action(createApiClientSchema, async (input, actor) => {
  const result = await createApiClient(actor, input);
  revalidatePath(PAGE);
  return result;
});

export const issueApiTokenAction = action(apiClientIdSchema, async (input, actor) => {
  const result = await issueApiToken(actor, input.clientId);
  revalidatePath(PAGE);
  return result;
});

export const revokeApiTokenAction = action(apiTokenIdSchema, async (input, actor) => {
  await revokeApiToken(actor, input.tokenId);
  revalidatePath(PAGE);
});
