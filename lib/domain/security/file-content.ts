// Checks on the bytes of an uploaded file that a type detector does not make: a file that is two
// things at once (a PDF or an image that is also HTML or a program), and an Office file that is
// not the package its name says. Pure functions on the whole file.

const ACTIVE_MARKERS = ['<html', '<script', '<!doctype html', '<iframe', '<body', '<svg', '<object', '<embed'];
const PROGRAM_MARKERS = ['\x7fELF', 'This program cannot be run in DOS mode', 'MZ\x90\x00'];
/** More than this after a PDF's last %%EOF is a second file riding along. */
const PDF_TRAILER_SLACK = 1024;

/** Why the bytes are more than the picture or document they claim to be; null when they are not. */
export function activeContentProblem(bytes: Uint8Array, kind: 'pdf' | 'image'): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const lower = text.toLowerCase();
  if (ACTIVE_MARKERS.some((m) => lower.includes(m))) return 'chứa mã HTML/script';
  if (PROGRAM_MARKERS.some((m) => text.includes(m))) return 'chứa chương trình thực thi';
  if (kind === 'pdf') {
    const end = text.lastIndexOf('%%EOF');
    if (end >= 0 && text.slice(end + 5).trim().length > PDF_TRAILER_SLACK) return 'có dữ liệu lạ sau phần kết thúc của tệp PDF';
  }
  return null;
}

/** Names of the entries of a ZIP archive, from its central directory; null when it is not one. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const OOXML_MAIN_PART = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' } as const;
const FORBIDDEN_PARTS = /(^|\/)vbaProject\.bin$|\.(exe|dll|js|vbs|bat|cmd|scr|ps1|jar|html?|hta)$/i;

/** Why a .docx/.xlsx is not a plain Office package of that kind (macros, programs, other zip); null when it is. */
export function ooxmlProblem(bytes: Uint8Array, ext: 'docx' | 'xlsx'): string | null {
  const names = zipEntryNames(bytes);
  if (!names) return 'không phải tệp Office hợp lệ';
  if (!names.includes('[Content_Types].xml') || !names.includes(OOXML_MAIN_PART[ext])) {
    return ext === 'docx' ? 'không phải tài liệu Word (.docx) thật' : 'không phải bảng tính Excel (.xlsx) thật';
  }
  if (names.some((n) => n.startsWith('/') || n.split('/').includes('..'))) return 'có đường dẫn bất thường trong gói';
  if (names.some((n) => FORBIDDEN_PARTS.test(n))) return 'chứa macro hoặc tệp thực thi';
  return null;
}
