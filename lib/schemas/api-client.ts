// The admin page of the open data API's clients (/quan-tri/api-du-lieu-mo): shared by the forms and the server.
import { z } from './z';

export const API_CLIENT_SCOPES = ['PROVINCE', 'NATIONAL'] as const;

export const createApiClientSchema = z.object({
  name: z.string().trim().min(1, 'Nhập tên đơn vị sử dụng').max(200, 'Tên đơn vị sử dụng tối đa 200 ký tự'),
  scope: z.enum(API_CLIENT_SCOPES, { error: 'Chọn phạm vi dữ liệu' }),
  requestsPerMinute: z.coerce
    .number({ error: 'Giới hạn yêu cầu phải là một số' })
    .int('Giới hạn yêu cầu phải là số nguyên')
    .min(1, 'Giới hạn yêu cầu ít nhất 1 mỗi phút')
    .max(6000, 'Giới hạn yêu cầu tối đa 6.000 mỗi phút'),
});
export type CreateApiClientInput = z.input<typeof createApiClientSchema>;

export const apiClientIdSchema = z.object({ clientId: z.coerce.number().int().positive().max(2_147_483_647) });
export const apiTokenIdSchema = z.object({ tokenId: z.coerce.number().int().positive().max(2_147_483_647) });
