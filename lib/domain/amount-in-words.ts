// Số tiền bằng chữ for payment requests, liquidation minutes and settlement sheets (Vietnamese
// accounting style, northern usage as in Hải Phòng): "linh" for an empty tens place, "mốt" for 1 and
// "tư" for 4 after "mươi", "lăm" for 5 after a tens word, "mười" for 10–19; a group after the first
// reads its hundreds even when zero ("không trăm"); groups of three digits: nghìn, triệu, tỷ, and
// above a thousand tỷ the count of tỷ is read again ("một nghìn tỷ"). "chẵn" ends a whole amount
// that has no đồng below the thousands (as printed on treasury forms: "…triệu đồng chẵn").
import type { Vnd } from './money';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', ' nghìn', ' triệu'];

/** One group of three digits; `full` reads "không trăm" / "linh" as a non-leading group needs. */
function readGroup(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(`${DIGITS[hundreds]} trăm`);
  if (tens === 0) {
    if (units > 0) words.push(words.length ? `linh ${DIGITS[units]}` : DIGITS[units]!);
    return words.join(' ');
  }
  words.push(tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`);
  if (units === 1) words.push(tens === 1 ? 'một' : 'mốt');
  else if (units === 4) words.push(tens === 1 ? 'bốn' : 'tư');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]!);
  return words.join(' ');
}

/** Below one tỷ: up to three groups (nghìn, triệu). */
function readBelowBillion(n: number, leading: boolean): string {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const parts: string[] = [];
  let started = !leading;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    parts.push(readGroup(g, started) + SCALES[i]);
    started = true;
  }
  return parts.join(' ');
}

function readNumber(n: bigint, leading: boolean): string {
  const billion = 1_000_000_000n;
  if (n < billion) return readBelowBillion(Number(n), leading);
  const head = readNumber(n / billion, leading);
  const rest = n % billion;
  return rest === 0n ? `${head} tỷ` : `${head} tỷ ${readBelowBillion(Number(rest), false)}`;
}

/** 120000000n → "Một trăm hai mươi triệu đồng chẵn"; 0n → "Không đồng". */
export function amountInWords(amount: Vnd): string {
  if (amount < 0n) throw new RangeError('amount must not be negative');
  if (amount === 0n) return 'Không đồng';
  const text = `${readNumber(amount, true)} đồng${amount % 1000n === 0n ? ' chẵn' : ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
