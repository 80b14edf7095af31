/**
 * `npm run send-sample -- FILE --to ADDRESS [--host 127.0.0.1] [--port 2525] [--from ADDRESS]`: sends a
 * sample to a test mailbox over SMTP (nodemailer), the way an invoice travels. A `.eml` file is sent as
 * it is (the whole saved message); any other file (a PDF) is attached to a short message. Prints the
 * server's answer (with the run id); exits 1 when the server refuses the message, 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';

const USAGE =
  'usage: npm run send-sample -- FILE --to <token>@<MAIL_DOMAIN> [--host 127.0.0.1] [--port 2525] [--from you@example.com]';

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        from: { type: 'string', default: 'sample@proeffactuur.localhost' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: process.env.SMTP_PORT ?? '2525' },
      },
    });
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || !values.to) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const bytes = readFileSync(file);
  const transport = nodemailer.createTransport({
    host: values.host,
    port: Number(values.port),
    secure: false,
    // Use STARTTLS when the server offers it, without checking a test certificate.
    tls: { rejectUnauthorized: false },
  });
  const envelope = { from: values.from, to: values.to };
  try {
    const info = /\.eml$/i.test(file)
      ? await transport.sendMail({ envelope, raw: bytes })
      : await transport.sendMail({
          from: values.from,
          to: values.to,
          subject: `Factuur ${path.basename(file)}`,
          text: 'Beste klant,\n\nIn de bijlage vindt u onze factuur.\n',
          attachments: [{ filename: path.basename(file), content: bytes }],
        });
    process.stdout.write(`${info.response}\n`);
    return 0;
  } catch (error) {
    const smtp = error as { response?: string; message: string };
    process.stderr.write(`refused: ${smtp.response ?? smtp.message}\n`);
    return 1;
  } finally {
    transport.close();
  }
}

process.exitCode = await main();
