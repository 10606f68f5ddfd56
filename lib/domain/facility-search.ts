// The one facility search of every picker (a xã's proposal, a đề án's beneficiaries): every word of
// the query must appear in the facility's name, MST or place, compared without case or diacritics
// ("dong lac" finds "Đồng Lạc"), by the same normalisation as the duplicate-support check.
import { normalizeForMatch } from './duplicate-support';

export interface SearchableFacility {
  name: string;
  taxCode: string;
  /** The xã / phường the facility is in, as shown. */
  place?: string;
}

export function matchesFacilitySearch(facility: SearchableFacility, query: string): boolean {
  const words = normalizeForMatch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForMatch(`${facility.name} ${facility.taxCode} ${facility.place ?? ''}`);
  return words.every((w) => haystack.includes(w));
}

export function filterFacilities<F extends SearchableFacility>(facilities: readonly F[], query: string): F[] {
  return facilities.filter((f) => matchesFacilitySearch(f, query));
}
