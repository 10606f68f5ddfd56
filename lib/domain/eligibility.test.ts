import { describe, expect, it } from 'vitest';
import { isFacilityEligibleArea } from './eligibility';

// Nghị định 235/2025: production in a xã or đặc khu is eligible; in a phường only inside a craft
// village recognised by the city.
describe('isFacilityEligibleArea', () => {
  it('accepts a facility in a xã or a đặc khu, in a craft village or not', () => {
    for (const type of ['XA', 'DAC_KHU'] as const) {
      for (const inRecognizedCraftVillage of [false, true]) {
        expect(isFacilityEligibleArea({ adminUnit: { type }, inRecognizedCraftVillage })).toEqual({ eligible: true });
      }
    }
  });

  it('refuses a facility in a phường outside a recognised craft village, quoting the decree', () => {
    expect(isFacilityEligibleArea({ adminUnit: { type: 'PHUONG' }, inRecognizedCraftVillage: false })).toEqual({
      eligible: false,
      reason: 'Cơ sở sản xuất tại phường không thuộc đối tượng hỗ trợ, trừ khi thuộc làng nghề được thành phố công nhận (Nghị định 235/2025/NĐ-CP).',
    });
  });

  it('accepts a facility in a phường inside a recognised craft village', () => {
    expect(isFacilityEligibleArea({ adminUnit: { type: 'PHUONG' }, inRecognizedCraftVillage: true })).toEqual({ eligible: true });
  });
});
