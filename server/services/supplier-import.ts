/**
 * Bulk entry of suppliers: a CSV file (name, contact e-mail, VAT id, KvK, IBAN) becomes invitations with
 * their master data, with a report per row of what was created and what was refused and why.
 *
 * The file is read as a stream (csv-parse) and never held whole: its delimiter is taken from the header
 * line (`;` as Dutch Excel writes it, `,` or tab), a UTF-8 byte-order mark is dropped, a file that is not
 * UTF-8 but plain Windows-1252 (older Excel "CSV") is read as such. Several IBANs of one supplier go in one
 * cell separated by `;`, `|` or `,` (quote the cell when the separator is the file's delimiter). A row
 * with a duplicate (the same e-mail address or VAT id earlier in the file or already invited) or an
 * invalid value (IBAN, VAT id, KvK, e-mail) is refused; the other rows are created. A file over
 * {@link MAX_IMPORT_ROWS} rows or {@link MAX_IMPORT_BYTES} bytes is refused whole before anything is
 * created (`413 import_too_large`), as is one without a usable header (`400 import_invalid`).
 */
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse';
import type { Lang, LocalizedText } from '../../engine/model/finding.js';
import { detailText, HarnessError } from '../core/errors.js';
import type { Buyer } from '../store/buyers.js';
import type { ProfileStore } from '../store/profiles.js';
import { normaliseEmail } from '../store/users.js';
import type { InvitationService } from './invitations.js';
import { type FieldProblem, parseMasterData } from './supplier-master.js';

/** Most suppliers in one file. */
export const MAX_IMPORT_ROWS = 10_000;
/** Largest file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Rows created between two progress reports (and two yields to the event loop). */
const PROGRESS_EVERY = 100;

/** The columns the import knows. */
export type ImportColumn = 'name' | 'email' | 'vatId' | 'kvk' | 'ibans' | 'language';

/** Column headers (lower case, letters only) in Dutch and English, and the column each names. */
const HEADERS: Readonly<Record<string, ImportColumn>> = {
  name: 'name',
  naam: 'name',
  suppliername: 'name',
  supplier: 'name',
  leverancier: 'name',
  leveranciersnaam: 'name',
  bedrijfsnaam: 'name',
  company: 'name',
  companyname: 'name',
  email: 'email',
  emailaddress: 'email',
  emailadres: 'email',
  contactemail: 'email',
  supplieremail: 'email',
  vat: 'vatId',
  vatid: 'vatId',
  vatnumber: 'vatId',
  btw: 'vatId',
  btwnummer: 'vatId',
  btwid: 'vatId',
  btwidnummer: 'vatId',
  kvk: 'kvk',
  kvknummer: 'kvk',
  coc: 'kvk',
  chamberofcommerce: 'kvk',
  iban: 'ibans',
  ibans: 'ibans',
  rekeningnummer: 'ibans',
  bankrekening: 'ibans',
  language: 'language',
  taal: 'language',
};

/** What one row became. */
export interface ImportRowResult {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  readonly row: number;
  readonly supplierName: string;
  readonly supplierEmail: string;
  readonly status: 'created' | 'refused';
  readonly invitationId?: string;
  /** The supplier's private link (shown only in this report; it is also e-mailed to the supplier). */
  readonly link?: string;
  /** Why the row was refused, each problem in both languages. */
  readonly problems?: readonly FieldProblem[];
}

/** The outcome of an import. */
export interface ImportReport {
  /** The delimiter found in the header line. */
  readonly delimiter: ',' | ';' | '\t';
  /** Data rows read (the header not counted). */
  readonly rows: number;
  readonly created: number;
  readonly refused: number;
  /** Header cells the import does not know (ignored). */
  readonly ignoredColumns: readonly string[];
  /** Every row, in file order. */
  readonly results: readonly ImportRowResult[];
}

/** Progress of an import: rows handled of all rows. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/** Options of an import (the invitations' common settings). */
export interface ImportOptions {
  readonly profileId: string;
  readonly language?: Lang;
  readonly expiresInDays?: number;
  /** Told every {@link PROGRESS_EVERY} rows and at the end. */
  readonly onProgress?: (progress: ImportProgress) => void;
}

const importInvalid = (reason: LocalizedText): HarnessError =>
  new HarnessError('import_invalid', { vars: { reason } });

/** 413 for a file over the limits. */
export const importTooLarge = (): HarnessError =>
  new HarnessError('import_too_large', {
    vars: { rows: MAX_IMPORT_ROWS.toLocaleString('nl-NL'), mb: MAX_IMPORT_BYTES / 1024 / 1024 },
    extra: { maxRows: MAX_IMPORT_ROWS, maxBytes: MAX_IMPORT_BYTES },
  });

/** The delimiter of a header line: the most frequent of `;`, `,` and tab outside quotes (`,` on a tie). */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Decodes byte chunks as UTF-8; a file that turns out not to be UTF-8 before any non-ASCII character
 * was read is Windows-1252 (what Excel's plain "CSV" writes in Western Europe) and is read as such.
 */
class CsvDecoder {
  private utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true });
  private readonly cp1252 = new TextDecoder('windows-1252');
  private sawNonAscii = false;

  decode(chunk: Uint8Array, last = false): string {
    if (this.utf8) {
      try {
        const text = this.utf8.decode(chunk, { stream: !last });
        if (!this.sawNonAscii && chunk.some((byte) => byte >= 0x80)) this.sawNonAscii = true;
        return text;
      } catch {
        if (this.sawNonAscii) throw importInvalid(detailText('import.encoding'));
        this.utf8 = undefined;
      }
    }
    return this.cp1252.decode(chunk, { stream: !last });
  }
}

/** The text of a byte stream, decoded, within the byte limit. */
async function* decoded(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new CsvDecoder();
  let bytes = 0;
  for await (const chunk of source) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += data.length;
    if (bytes > MAX_IMPORT_BYTES) throw importTooLarge();
    yield decoder.decode(data);
  }
  yield decoder.decode(new Uint8Array(), true);
}

/**
 * The header and records of a CSV stream, within the limits: the delimiter is decided on the header
 * line, then the rest streams through csv-parse.
 */
export async function readCsv(
  source: AsyncIterable<Uint8Array | string>,
): Promise<{ delimiter: ',' | ';' | '\t'; header: string[]; records: string[][] }> {
  const text = decoded(source);
  let head = '';
  let ended = false;
  while (!head.includes('\n') && head.length < 64 * 1024) {
    const next = await text.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  const delimiter = detectDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '');
  const parser = parse({
    delimiter,
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    max_record_size: 64 * 1024,
  });
  let feedError: unknown;
  const feed = async (): Promise<void> => {
    try {
      parser.write(head);
      while (!ended && !parser.destroyed) {
        const next = await text.next();
        if (next.done) break;
        if (!parser.write(next.value) && !parser.destroyed)
          await new Promise<void>((resolve) => {
            parser.once('drain', resolve);
            parser.once('close', resolve);
          });
      }
      if (!parser.destroyed) parser.end();
    } catch (error) {
      feedError = error;
      parser.destroy(error as Error);
    }
  };
  void feed();
  const records: string[][] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (record.every((cell) => cell === '')) continue;
      records.push(record);
      // The header plus the limit: one more row is one too many.
      if (records.length > MAX_IMPORT_ROWS + 1) throw importTooLarge();
    }
  } catch (error) {
    await text.return(undefined);
    const cause = feedError ?? error;
    if (cause instanceof HarnessError) throw cause;
    const csv = cause as Error & { lines?: number };
    throw importInvalid(
      detailText('import.not-csv', {
        line: csv.lines ?? 0,
        message: String(csv.message ?? cause).replace(/^Invalid \w+: /, ''),
      }),
    );
  }
  const [header, ...rows] = records;
  if (!header) throw importInvalid(detailText('import.no-header'));
  return { delimiter, header, records: rows };
}

/** Imports suppliers from CSV as invitations with their master data. */
export class SupplierImportService {
  constructor(
    private readonly invitations: InvitationService,
    private readonly profiles: ProfileStore,
  ) {}

  /**
   * Reads the file, then creates an invitation (with its master data) per row that passes, in file
   * order. Throws `import_invalid` / `import_too_large` before creating anything when the file as a
   * whole cannot be imported.
   */
  async import(
    buyer: Buyer,
    source: AsyncIterable<Uint8Array | string>,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const profile = await this.profiles.get(buyer.id, options.profileId);
    if (!profile || profile.archivedAt) throw importInvalid(detailText('import.profile-missing'));
    const { delimiter, header, records } = await readCsv(source);
    const columns = header.map((cell) => HEADERS[cell.toLowerCase().replace(/[^a-z]/g, '')]);
    const missing = (['name', 'email'] as const).filter((c) => !columns.includes(c));
    if (missing.length > 0) {
      const found = header.filter((cell) => cell !== '').join(', ') || '—';
      throw importInvalid(
        detailText('import.missing-columns', {
          columns: detailText(
            missing.length === 2
              ? 'import.column-name-and-email'
              : missing[0] === 'name'
                ? 'import.column-name'
                : 'import.column-email',
          ),
          found,
        }),
      );
    }
    const ignoredColumns = header.filter((cell, i) => columns[i] === undefined && cell !== '');
    const cell = (record: readonly string[], column: ImportColumn): string => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : (record[at] ?? '').trim();
    };

    // Who is invited already (links not revoked): by e-mail address and by VAT id.
    const invitedEmails = new Map<string, string>();
    const invitedVatIds = new Map<string, string>();
    for (const invitation of await this.invitations.list(buyer)) {
      if (invitation.revokedAt) continue;
      invitedEmails.set(invitation.supplierEmail, invitation.id);
      if (invitation.masterData?.vatId) invitedVatIds.set(invitation.masterData.vatId, invitation.id);
    }
    const fileEmails = new Map<string, number>();
    const fileVatIds = new Map<string, number>();

    const results: ImportRowResult[] = [];
    let created = 0;
    const total = records.length;
    const importRow = async (record: readonly string[], row: number): Promise<ImportRowResult> => {
      const supplierName = cell(record, 'name');
      const supplierEmail = cell(record, 'email');
      const email = normaliseEmail(supplierEmail);
      const master = parseMasterData(
        {
          name: supplierName,
          vatId: cell(record, 'vatId'),
          kvk: cell(record, 'kvk'),
          ibans: cell(record, 'ibans'),
        },
        '',
      );
      const vatId = master.value?.vatId;
      const problems: FieldProblem[] = [...master.problems];
      const add = (field: string, text: { nl: string; en: string }) =>
        problems.push({ field, message: text.en, messageNl: text.nl });
      if (email && fileEmails.has(email))
        add('email', detailText('import.duplicate-email-in-file', { email, row: fileEmails.get(email)! }));
      else if (email && invitedEmails.has(email))
        add(
          'email',
          detailText('import.email-already-invited', { email, invitationId: invitedEmails.get(email)! }),
        );
      if (vatId && fileVatIds.has(vatId))
        add('vatId', detailText('import.duplicate-vat-id-in-file', { vatId, row: fileVatIds.get(vatId)! }));
      else if (vatId && invitedVatIds.has(vatId))
        add(
          'vatId',
          detailText('import.vat-id-already-invited', { vatId, invitationId: invitedVatIds.get(vatId)! }),
        );
      const refused: ImportRowResult = { row, supplierName, supplierEmail, status: 'refused' };
      if (problems.length === 0) {
        try {
          const language = cell(record, 'language').toLowerCase() || options.language;
          const { invitation, token } = await this.invitations.create(buyer, {
            supplierName,
            supplierEmail,
            profileId: options.profileId,
            ...(language && { language }),
            ...(options.expiresInDays !== undefined && { expiresInDays: options.expiresInDays }),
            masterData: master.value ?? null,
          });
          created++;
          fileEmails.set(invitation.supplierEmail, row);
          if (vatId) fileVatIds.set(vatId, row);
          return { ...refused, status: 'created', invitationId: invitation.id, link: `/i/${token}` };
        } catch (error) {
          if (!(error instanceof HarnessError) || error.code !== 'invitation_invalid') throw error;
          const errors = (error.extra.errors ?? []) as FieldProblem[];
          problems.push(...errors.map((p) => ({ ...p, field: columnOfField(p.field) })));
        }
      }
      return { ...refused, problems };
    };
    options.onProgress?.({ done: 0, total });
    for (let start = 0; start < total; start += PROGRESS_EVERY) {
      const batch = records.slice(start, start + PROGRESS_EVERY);
      // One transaction per batch: one commit for a hundred invitations and their e-mails.
      // Rows one after another (not in parallel): each row's duplicate checks see the rows before it.
      await this.invitations.inBatch(async () => {
        for (const [i, record] of batch.entries()) results.push(await importRow(record, start + i + 2));
      });
      if (start + batch.length < total) {
        options.onProgress?.({ done: start + batch.length, total });
        // Let other requests (and the progress stream) through between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    options.onProgress?.({ done: total, total });
    return { delimiter, rows: total, created, refused: total - created, ignoredColumns, results };
  }
}

/** The import's column name for a field an invitation problem names. */
function columnOfField(field: string): string {
  const name = field.replace(/^masterData\./, '');
  return name === 'supplierName' ? 'name' : name === 'supplierEmail' ? 'email' : name;
}
