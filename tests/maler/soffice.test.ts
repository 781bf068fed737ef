import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../src/features/maler/domain/merge-sample.js';
import { defaultTemplateDocx } from '../../src/features/maler/domain/default-templates.js';
import { mergeDocx } from '../../src/features/maler/domain/docx-template.js';
import { mergeValues } from '../../src/features/maler/domain/merge-fields.js';
import { checkPdfA, pdfaProblems } from '../../src/office/pdfa-check.js';
import { ConversionError, convertToPdfA } from '../../src/office/soffice.js';
import { extractText } from '../../src/features/dokumenter/extract-text.js';

const SOFFICE = { sofficePath: process.env.SOFFICE_PATH || 'soffice', timeoutMs: 120_000 };

describe('archival PDF/A by LibreOffice headless', () => {
  it('converts a merged letter into PDF/A-2b with every font embedded and the merged text in it', async () => {
    const docx = mergeDocx(defaultTemplateDocx('brev'), mergeValues(SAMPLE));
    const pdf = await convertToPdfA(docx, 'docx', SOFFICE);
    const check = await checkPdfA(pdf);
    expect(check).toMatchObject({ pdfa: '2B', unembeddedFonts: [] });
    expect(check.producer, 'the tool recorded as konverteringsverktoey').toMatch(/^LibreOffice/);
    expect(pdfaProblems(check)).toEqual([]);
    const text = await extractText(pdf, 'application/pdf');
    expect(text).toContain('Kari Nordmann');
    expect(text).toContain('2026/123-4');
    expect(text).toContain('Åsnes kommune');
  }, 150_000);

  it('finds a plain PDF with a font left out not to be PDF/A', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Hei', { font: await doc.embedFont(StandardFonts.Helvetica) });
    const check = await checkPdfA(await doc.save());
    expect(check).toMatchObject({ pdfa: null, unembeddedFonts: ['Helvetica'] });
    expect(pdfaProblems(check)).toHaveLength(2);
  });

  it('stops a conversion that runs past the time limit, and says so; a missing program is a permanent failure', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'saksgang-fake-soffice-'));
    const slow = path.join(dir, 'soffice');
    await writeFile(slow, '#!/bin/sh\nsleep 30\n');
    await chmod(slow, 0o755);
    const started = Date.now();
    const late = await convertToPdfA(Buffer.from('x'), 'docx', { sofficePath: slow, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(ConversionError);
    expect((late as ConversionError).message).toMatch(/did not finish within/);
    expect((late as ConversionError).permanent).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    const missing = await convertToPdfA(Buffer.from('x'), 'docx', { sofficePath: path.join(dir, 'nope'), timeoutMs: 1000 }).catch(
      (e: unknown) => e,
    );
    expect(missing).toMatchObject({ permanent: true, message: expect.stringMatching(/not installed/) });
  });
});
