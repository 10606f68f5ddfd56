// Reading an exported workbook back the way a spreadsheet program would print it.
import ExcelJS from 'exceljs';

/** Problems a printed copy of the workbook would show; [] when every sheet prints well. */
export async function printProblems(buffer: Buffer | Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's Buffer type predates Node's generic Buffer.
  await workbook.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
  const problems: string[] = [];
  workbook.eachSheet((sheet) => {
    const p = sheet.pageSetup;
    const where = `“${sheet.name}”`;
    if (p.orientation !== 'landscape') problems.push(`${where}: not landscape`);
    if (p.paperSize !== 9) problems.push(`${where}: not A4`);
    if (!p.fitToPage || p.fitToWidth !== 1 || p.fitToHeight !== 0) problems.push(`${where}: not fitted to one page wide`);
    const titles = /^\$?(\d+):\$?(\d+)$/.exec(p.printTitlesRow ?? '');
    if (!titles) {
      problems.push(`${where}: no title rows repeated on every page`);
      return;
    }
    // Header cells (in the repeated rows, not merged across columns): no word of theirs may be cut.
    for (let r = Number(titles[1]); r <= Number(titles[2]); r++) {
      sheet.getRow(r).eachCell((cell, col) => {
        if (cell.isMerged || typeof cell.value !== 'string') return;
        const longest = Math.max(...cell.value.split(/\s+/).map((w) => w.length));
        const width = sheet.getColumn(col).width ?? 8.43;
        if (width < longest) problems.push(`${where}: column ${col} (${width}) narrower than “${cell.value}”`);
      });
    }
  });
  return problems;
}
