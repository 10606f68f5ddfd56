import 'server-only';
import { AppError } from '../errors';
import { XLSX_MIME } from '../programmes/appendix-excel-layout';

/** A route handler's answer for an .xlsx file, or the plain refusal of a use case. */
export async function xlsxResponse(produce: () => Promise<{ fileName: string; bytes: Buffer }>): Promise<Response> {
  try {
    const { fileName, bytes } = await produce();
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': XLSX_MIME,
        'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND' || error.code === 'VALIDATION')) {
      const status = error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 400;
      return new Response(error.message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    throw error;
  }
}
