import type { ReactNode } from 'react';
import { PrintButton } from './print-button';

// A4 with the margins of Nghị định 30/2020/NĐ-CP (top/bottom 20 mm, left 30 mm, right 15 mm); the
// portal's header and menu and the buttons vanish on paper.
const PRINT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@media print {
  header, nav, [data-print-hide] { display: none !important; }
  body { background: #fff !important; }
  main, .print-sheet { padding: 0 !important; margin: 0 !important; max-width: none !important; box-shadow: none !important; border: 0 !important; }
  .print-sheet { font-family: 'Times New Roman', Times, serif; font-size: 13pt; color: #000; }
  .print-sheet table { page-break-inside: avoid; }
}
`;

/** The frame of an official paper: issuer and national motto side by side, title, body, place and date. */
export function PrintSheet({ issuer, title, subtitle, placeAndDate, children, signatures }: { issuer: string; title: string; subtitle?: string; placeAndDate: string; children: ReactNode; signatures: { role: string; name?: string }[] }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex justify-end" data-print-hide>
        <PrintButton />
      </div>
      <article className="print-sheet mx-auto max-w-[210mm] rounded-md border border-slate-200 bg-white p-8 text-slate-900 shadow-sm">
        <div className="grid grid-cols-2 gap-4 text-center text-sm">
          <p className="font-semibold uppercase">{issuer}</p>
          <p>
            <span className="block font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span>
            <span className="block font-semibold">Độc lập - Tự do - Hạnh phúc</span>
          </p>
        </div>
        <p className="mt-4 text-right italic">{placeAndDate}</p>
        <h1 className="mt-6 text-center text-lg font-bold uppercase">{title}</h1>
        {subtitle && <p className="text-center">{subtitle}</p>}
        <div className="mt-6 space-y-3">{children}</div>
        <div className="mt-10 grid grid-cols-2 gap-4 text-center">
          {signatures.map((s) => (
            <div key={s.role}>
              <p className="font-semibold uppercase">{s.role}</p>
              <p className="text-xs italic">(Ký, ghi rõ họ tên)</p>
              <p className="mt-16 font-semibold">{s.name ?? ''}</p>
            </div>
          ))}
        </div>
      </article>
    </>
  );
}

/** A money line: figures and, on the next line, the amount in words. */
export function MoneyLine({ label, figures, words }: { label: string; figures: string; words: string }) {
  return (
    <div className="grid grid-cols-[1fr_auto] gap-x-4 border-b border-dotted border-slate-300 py-1">
      <span>{label}</span>
      <span className="tabular text-right font-semibold">{figures}</span>
      <span className="col-span-2 text-sm italic">Bằng chữ: {words}</span>
    </div>
  );
}
