import { describe, expect, test } from '@jest/globals';
import { approvedMail, invitationMail, verdictReply } from '../../../server/services/mail-templates.js';

describe('the e-mail texts in German and French', () => {
  test('an answer without a buyer name says "the buyer" in the right grammatical case', () => {
    const de = verdictReply('de', {
      verdict: 'rejected',
      reason: ['data'],
      findings: [],
      reportUrl: 'https://x/r',
    });
    expect(de.subject).toBe('Ergebnis Ihrer Probe-Rechnung: Abgelehnt');
    expect(de.text).toContain('Wir haben Ihre Probe-Rechnung für den Rechnungsempfänger geprüft.');
    expect(de.text).toContain(
      'Das Programm von dem Rechnungsempfänger kann diese Rechnung lesen, aber einige Angaben fehlen oder sind falsch.',
    );
    const fr = verdictReply('fr', { verdict: 'accepted', findings: [], reportUrl: 'https://x/r' });
    expect(fr.subject).toBe('Résultat de votre facture test : Acceptée');
    expect(fr.text).toContain('Nous avons contrôlé votre facture test pour votre client.');
    expect(fr.text).toContain('Le logiciel de votre client peut lire et traiter cette facture.');
  });

  test('write dates as Germany and France write them', () => {
    const facts = { buyerName: 'ACME B.V.', supplierName: 'Bäckerei', expiresAt: '2027-01-02T10:00:00Z' };
    expect(invitationMail('de', facts).text).toContain('Der Link gilt bis 2. Januar 2027.');
    expect(invitationMail('fr', facts).text).toContain('Le lien est valable jusqu’au 2 janvier 2027.');
    const approval = {
      buyerName: 'ACME B.V.',
      supplierName: 'Bäckerei',
      startDate: '2099-03-01',
      invoiceAddress: 'facturen@acme.nl',
    };
    expect(approvedMail('de', approval).text).toContain(
      'Ab 1. März 2099 können Sie Ihre Rechnungen senden an:',
    );
    expect(approvedMail('fr', approval).text).toContain(
      'À partir du 1 mars 2099, vous pouvez envoyer vos factures à :',
    );
  });
});

describe('a report stored before German and French existed', () => {
  test('is answered in German with its English texts, never "undefined"', () => {
    const old = {
      checkId: 'pdf.encrypted',
      severity: 'error',
      messageId: 'pdf.encrypted.user-password',
      message: { nl: 'Beveiligd.', en: 'The PDF is protected with a password.' },
      hint: { nl: 'Zonder wachtwoord.', en: 'Save it without a password.' },
      data: {},
    } as unknown as Parameters<typeof verdictReply>[1]['findings'][number];
    const de = verdictReply('de', { verdict: 'rejected', findings: [old], reportUrl: 'https://x/r' }).text;
    expect(de).toContain('The PDF is protected with a password.');
    expect(de).toContain('Was Sie tun können: Save it without a password.');
    expect(de).not.toContain('undefined');
  });
});
