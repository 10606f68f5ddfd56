import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeContentProblem, ooxmlProblem, zipEntryNames } from './file-content';

/** A real zip archive made by Info-ZIP from the given entries. */
function zip(entries: Record<string, string>): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'kc-zip-'));
  for (const [name, content] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(dir, 'in', name)), { recursive: true });
    writeFileSync(path.join(dir, 'in', name), content);
  }
  execFileSync('zip', ['-q', '-r', path.join(dir, 'out.zip'), '.'], { cwd: path.join(dir, 'in') });
  return readFileSync(path.join(dir, 'out.zip'));
}

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`, 'latin1');

describe('active content in a PDF or an image', () => {
  it('accepts a plain PDF', () => {
    expect(activeContentProblem(pdf('1 0 obj << /Type /Catalog >> endobj'), 'pdf')).toBeNull();
  });

  it.each([
    ['HTML', pdf('<html><body><script>alert(1)</script></body></html>'), /HTML/],
    ['an upper-case script tag', pdf('<SCRIPT src=//x></SCRIPT>'), /HTML/],
    ['a Linux program', Buffer.concat([pdf(''), Buffer.from('\x7fELF\x02\x01\x01', 'latin1')]), /thực thi/],
    ['a Windows program', pdf('MZ\x90\x00\x03\x00 This program cannot be run in DOS mode.'), /thực thi/],
    ['a second file after %%EOF', Buffer.concat([pdf(''), Buffer.alloc(4096, 0x41)]), /sau phần kết thúc/],
  ])('refuses a PDF carrying %s', (_what, bytes, reason) => {
    expect(activeContentProblem(bytes, 'pdf')).toMatch(reason);
  });

  it('refuses an image that is also a web page', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<svg onload=alert(1)>')]);
    expect(activeContentProblem(png, 'image')).toMatch(/HTML/);
  });
});

describe('Office packages', () => {
  const docx = { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>', '_rels/.rels': '<Relationships/>' };
  const xlsx = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' };

  it('lists the entries of an archive', () => {
    expect(zipEntryNames(zip({ 'a.txt': 'a', 'b/c.txt': 'c' }))?.sort()).toEqual(['a.txt', 'b/', 'b/c.txt']);
    expect(zipEntryNames(Buffer.from('not a zip'))).toBeNull();
  });

  it('accepts a real Word and a real Excel package', () => {
    expect(ooxmlProblem(zip(docx), 'docx')).toBeNull();
    expect(ooxmlProblem(zip(xlsx), 'xlsx')).toBeNull();
  });

  it('refuses a plain ZIP renamed to .docx or .xlsx', () => {
    const renamed = zip({ 'bao-cao.exe': 'MZ', 'readme.txt': 'x' });
    expect(ooxmlProblem(renamed, 'docx')).toMatch(/Word/);
    expect(ooxmlProblem(renamed, 'xlsx')).toMatch(/Excel/);
  });

  it('refuses a Word package named .xlsx, and one with macros or a program inside', () => {
    expect(ooxmlProblem(zip(docx), 'xlsx')).toMatch(/Excel/);
    expect(ooxmlProblem(zip({ ...docx, 'word/vbaProject.bin': 'macro' }), 'docx')).toMatch(/macro/);
    expect(ooxmlProblem(zip({ ...xlsx, 'xl/media/run.exe': 'MZ' }), 'xlsx')).toMatch(/thực thi/);
  });
});
