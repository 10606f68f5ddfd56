import { describe, expect, it } from 'vitest';
import { defineLifecycle, type EventOf, STATUS_TONES, tone } from './machine';

describe('a lifecycle table’s states', () => {
  const table = defineLifecycle('PeriodicReport', { DRAFT: 'DRAFT', SENT: 'SENT' } as const, {
    entity: 'báo cáo',
    states: { DRAFT: tone.neutral('Dự thảo'), SENT: tone.info('Đã gửi') },
    events: { send: { from: ['DRAFT'], to: 'SENT', permission: 'report:submit', label: 'Gửi' } },
  });

  it('declares each status’s label and badge tone together', () => {
    expect(table.states).toEqual({ DRAFT: { label: 'Dự thảo', tone: 'neutral' }, SENT: { label: 'Đã gửi', tone: 'info' } });
  });

  it('gives the labels alone, in the order of the table, for messages and lists', () => {
    expect(Object.entries(table.statusLabels)).toEqual([
      ['DRAFT', 'Dự thảo'],
      ['SENT', 'Đã gửi'],
    ]);
  });

  it('names the model it moves, and reads its events from the table', () => {
    const event: EventOf<typeof table> = 'send';
    expect(table.model).toBe('PeriodicReport');
    expect(Object.keys(table.events)).toEqual([event]);
  });

  it('has a helper for every tone, each giving its own tone', () => {
    for (const t of STATUS_TONES) expect(tone[t]('Nhãn')).toEqual({ label: 'Nhãn', tone: t });
  });
});
