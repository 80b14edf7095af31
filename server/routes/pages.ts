/**
 * The pages' HTTP side: security headers on every response (a strict Content-Security-Policy: the
 * pages load nothing from elsewhere and run no inline script), and the invitation page `/i/<token>`,
 * which is the supplier page for a working link and a friendly explanation, without any data, for an
 * expired, revoked or made-up one.
 */
import { type RequestHandler, Router } from 'express';
import { LANGS, type Lang } from '../../engine/model/finding.js';
import { fromRoot } from '../../runtime/paths.js';
import { HarnessError } from '../core/errors.js';
import { type InvitationService, langOf } from '../services/invitations.js';

/** The Content-Security-Policy of every response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets the security headers. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  });
  next();
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const UNAVAILABLE: Record<Lang, { title: string; heading: string; body: string[]; home: string }> = {
  nl: {
    title: 'Link werkt niet – Proeffactuur',
    heading: 'Deze link werkt niet (meer)',
    body: [
      'De uitnodigingslink die u gebruikte is verlopen, ingetrokken of niet volledig overgenomen.',
      'Er is niets mis met uw facturen. Vraag de organisatie die u uitnodigde om een nieuwe link. Kopieert u de link uit een e-mail? Controleer dan of u de hele link hebt overgenomen.',
    ],
    home: 'Naar de startpagina',
  },
  en: {
    title: 'Link does not work – Proeffactuur',
    heading: 'This link does not work (any more)',
    body: [
      'The invitation link you used has expired, has been revoked, or was not copied completely.',
      'Nothing is wrong with your invoices. Ask the organisation that invited you for a new link. Did you copy the link from an e-mail? Check that you copied all of it.',
    ],
    home: 'To the home page',
  },
  de: {
    title: 'Link funktioniert nicht – Proeffactuur',
    heading: 'Dieser Link funktioniert nicht (mehr)',
    body: [
      'Der Einladungslink, den Sie verwendet haben, ist abgelaufen, wurde zurückgezogen oder wurde nicht vollständig übernommen.',
      'Mit Ihren Rechnungen ist alles in Ordnung. Bitten Sie die Organisation, die Sie eingeladen hat, um einen neuen Link. Haben Sie den Link aus einer E-Mail kopiert? Prüfen Sie dann, ob Sie den ganzen Link übernommen haben.',
    ],
    home: 'Zur Startseite',
  },
  fr: {
    title: 'Le lien ne fonctionne pas – Proeffactuur',
    heading: 'Ce lien ne fonctionne pas (ou plus)',
    body: [
      'Le lien d’invitation que vous avez utilisé a expiré, a été révoqué ou n’a pas été copié en entier.',
      'Vos factures ne sont pas en cause. Demandez un nouveau lien à l’organisation qui vous a invité. Avez-vous copié le lien depuis un e-mail ? Vérifiez alors que vous l’avez copié en entier.',
    ],
    home: 'Vers la page d’accueil',
  },
};

/** A small page for an invitation link that does not open, in the reader's language. */
export function unavailablePage(lang: Lang): string {
  const t = UNAVAILABLE[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(t.title)}</title>
  <link rel="stylesheet" href="/style.css">
  <link rel="icon" href="data:,">
</head>
<body>
  <header><p class="brand">Proeffactuur</p></header>
  <main>
    <section class="panel notice" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">${escapeHtml(t.heading)}</h1>
      ${t.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n      ')}
      <p><a href="/">${escapeHtml(t.home)}</a></p>
    </section>
  </main>
</body>
</html>
`;
}

/** The languages a page's `?lang=` may name. */
const PAGE_LANGS: readonly string[] = LANGS;

/**
 * The page's canonical URL when its `?lang=` is not one language we speak (`?lang=AAA`, given twice):
 * the same URL without `lang`, so the page opens in the default language (the browser's, else Dutch)
 * instead of failing a supplier over a mangled link. Undefined when `lang` is absent or valid.
 */
export function canonicalLangUrl(originalUrl: string, lang: unknown): string | undefined {
  if (lang === undefined || (typeof lang === 'string' && PAGE_LANGS.includes(lang))) return undefined;
  const url = new URL(originalUrl, 'http://x');
  url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}

/** `/i/:token`: the supplier page, or the friendly page (404) when the link does not open. */
export function invitationPageRouter(invitations: InvitationService): Router {
  const router = Router();
  router.get('/i/:token', async (req, res) => {
    // The token is a secret: keep it out of caches, search engines and other sites' Referer.
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' });
    const canonical = canonicalLangUrl(req.originalUrl, req.query.lang);
    if (canonical !== undefined) {
      res.redirect(302, canonical);
      return;
    }
    try {
      await invitations.open(req.params.token);
    } catch (error) {
      if (!(error instanceof HarnessError)) throw error;
      res
        .status(404)
        .type('html')
        .send(unavailablePage(langOf(req.query.lang, req.get('accept-language'))));
      return;
    }
    res.sendFile(fromRoot('public', 'invite.html'));
  });
  return router;
}
