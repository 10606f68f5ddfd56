import { describe, expect, it } from 'vitest';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, documentKindLabel, isDocumentKind } from './documents';

describe('document kinds', () => {
  it('give every kind its own non-empty Vietnamese label (the upload select tells them apart by it)', () => {
    const labels = Object.values(DOCUMENT_KIND_LABELS);
    expect(labels.every((l) => l.trim().length > 3)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(DOCUMENT_KINDS).toHaveLength(labels.length);
    expect(DOCUMENT_KINDS).toContain('BIEN_BAN_NGHIEM_THU');
  });

  it('recognise stored codes and show an unknown one as it is', () => {
    expect(isDocumentKind('HOA_DON')).toBe(true);
    expect(isDocumentKind('toString')).toBe(false);
    expect(documentKindLabel('HOA_DON')).toBe('Hoá đơn tài chính');
    expect(documentKindLabel('GIAY_CU')).toBe('GIAY_CU');
  });
});
