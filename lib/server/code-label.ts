import 'server-only';

/**
 * How a list names a coded record — a province, a content category, a target group: its code and its
 * name, as the select of a relation (`province: codeLabel`), like `adminUnitLabel` for a xã.
 */
export const codeLabel = { select: { code: true, name: true } } as const;
