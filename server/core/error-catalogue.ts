/**
 * Every error the API can answer with, in one place: its stable snake_case code, its HTTP status,
 * what it means (the short English description the OpenAPI document lists), and the text the user
 * reads in Dutch and English with `{{placeholders}}`. `HarnessError` (`errors.ts`) takes a code and
 * reads its status and text from here; `ERROR_CODES` (`server/http/openapi/error-codes.ts`) is derived
 * from it. A code whose text depends on where it is thrown has `variants` (same code, same meaning,
 * other words); a variant may answer with another status.
 *
 * `DETAIL_TEXTS` holds the smaller texts that go into an error's placeholders or its `errors` list
 * (a reason an URL is refused, one problem with an invitation).
 *
 * Texts are what users read today, word for word: tests and clients match some of them.
 */
import type { LocalizedText } from '../../engine/model/finding.js';

/** One localized text of an error (a `variant` may answer with its own status). */
export interface ErrorText extends LocalizedText {
  /** The status of this variant, when it differs from the code's. */
  readonly status?: number;
}

/** One error code. */
export interface ErrorEntry extends ErrorText {
  /** HTTP status. */
  readonly status: number;
  /** What the code means, in English, for the OpenAPI document (`Problem.code`). */
  readonly description: string;
  /** Other wordings of the same error, by the place that throws it. */
  readonly variants?: Readonly<Record<string, ErrorText>>;
}

/** The error catalogue: code → status, description and text. */
export const ERROR_CATALOGUE = {
  api_key_expired: {
    status: 401,
    description: 'The API key has expired.',
    nl: 'Deze API-sleutel is verlopen. Vraag een nieuwe sleutel aan.',
    en: 'This API key has expired. Ask for a new key.',
  },
  api_key_invalid: {
    status: 401,
    description: 'The API key is unknown or revoked (which of the two is not told).',
    nl: 'Deze API-sleutel is onbekend of ingetrokken. Vraag een nieuwe sleutel aan.',
    en: 'This API key is unknown or has been revoked. Ask for a new key.',
  },
  api_key_missing: {
    status: 401,
    description: 'The request needs an API key (`Authorization: Bearer <key>`).',
    nl: 'Log in met uw API-sleutel: stuur de kop "Authorization: Bearer <sleutel>".',
    en: 'Sign in with your API key: send the header "Authorization: Bearer <key>".',
  },
  bad_request: {
    status: 400,
    description: 'The request body could not be read.',
    nl: 'Het verzoek kon niet worden gelezen.',
    en: 'The request could not be read.',
  },
  bad_upload: {
    status: 400,
    description: 'The multipart upload did not arrive intact.',
    nl: 'De upload is niet goed aangekomen ({{reason}}). Probeer het opnieuw.',
    en: 'The upload did not arrive correctly ({{reason}}). Please try again.',
  },
  body_too_large: {
    status: 413,
    description:
      'The JSON body is larger than the route allows (256 kB; 16 kB for onboarding, 8 kB for signing in).',
    nl: 'Het verzoek is te groot.',
    en: 'The request body is too large.',
  },
  cross_site_request: {
    status: 403,
    description: 'A sign-in was posted from another site (its `Origin` is not this server).',
    nl: 'Inloggen kan alleen vanaf de pagina’s van Proeffactuur zelf.',
    en: 'Signing in only works from Proeffactuur’s own pages.',
  },
  csrf_token_invalid: {
    status: 403,
    description:
      'A signed-in browser request that changes something lacks the session’s `X-CSRF-Token` (or sends a wrong one).',
    nl: 'Dit verzoek kwam niet van een pagina van Proeffactuur (het beveiligingstoken ontbreekt of klopt niet). Herlaad de pagina en probeer het opnieuw.',
    en: 'This request did not come from a Proeffactuur page (the security token is missing or wrong). Reload the page and try again.',
  },
  cursor_invalid: {
    status: 400,
    description: 'The `cursor` is not one this API gave out.',
    nl: 'Deze "cursor" komt niet van deze API. Gebruik de "nextCursor" van de vorige pagina.',
    en: 'This "cursor" did not come from this API. Use the "nextCursor" of the previous page.',
  },
  daily_upload_limit: {
    status: 429,
    description:
      'The buyer (or, without a key, the address) has uploaded its daily maximum of bytes; `limitBytes` says it, `Retry-After` when the count starts again (midnight UTC).',
    nl: 'Vandaag is er al {{mb}} MB geüpload, het maximum per dag. Er is niets opgeslagen. Probeer het morgen opnieuw.',
    en: 'Today {{mb}} MB has been uploaded already, the daily maximum. Nothing was stored. Please try again tomorrow.',
  },
  expected_json: {
    status: 415,
    description: 'The body must be JSON (`Content-Type: application/json`).',
    nl: 'Stuur het profiel als JSON (Content-Type: application/json).',
    en: 'Send the profile as JSON (Content-Type: application/json).',
    variants: {
      data: {
        nl: 'Stuur de gegevens als JSON (Content-Type: application/json).',
        en: 'Send the data as JSON (Content-Type: application/json).',
      },
      webhook: {
        nl: 'Stuur de webhook als JSON (Content-Type: application/json).',
        en: 'Send the webhook as JSON (Content-Type: application/json).',
      },
      sign_in: { nl: 'Stuur de inloggegevens als JSON.', en: 'Send the sign-in details as JSON.' },
    },
  },
  expected_multipart: {
    status: 415,
    description: 'The body must be `multipart/form-data`.',
    nl: 'Stuur het bestand als multipart/form-data in het veld "file".',
    en: 'Send the file as multipart/form-data in the field "file".',
  },
  file_missing: {
    status: 400,
    description: 'No file in the form field `file`.',
    nl: 'Er is geen bestand meegestuurd. Kies de PDF van uw factuur (formulierveld "file").',
    en: 'No file was sent. Choose the PDF of your invoice (form field "file").',
    variants: {
      supplier: {
        nl: 'Er is geen bestand meegestuurd. Kies de PDF van uw factuur.',
        en: 'No file was sent. Choose the PDF of your invoice.',
      },
    },
  },
  file_too_large: {
    status: 413,
    description: 'The upload is larger than the (per-buyer) limit; `limitBytes` says it.',
    nl: 'Het bestand is groter dan {{mb}} MB, het maximum voor een upload. Er is niets opgeslagen.',
    en: 'The file is larger than {{mb}} MB, the upload limit. Nothing was stored.',
  },
  idempotency_key_invalid: {
    status: 400,
    description: 'The `Idempotency-Key` is not 1–255 visible ASCII characters.',
    nl: 'De Idempotency-Key moet 1 tot 255 zichtbare ASCII-tekens zijn (bijvoorbeeld een UUID).',
    en: 'The Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID, for example).',
  },
  idempotency_key_reused: {
    status: 409,
    description: 'The `Idempotency-Key` was used in the last 24 hours for a different submission.',
    nl: 'Deze Idempotency-Key is in de afgelopen 24 uur al gebruikt voor een andere inzending. Kies een nieuwe sleutel voor een nieuwe inzending.',
    en: 'This Idempotency-Key was used in the last 24 hours for a different submission. Use a new key for a new submission.',
  },
  insufficient_scope: {
    status: 403,
    description: 'The API key lacks the scope the action needs (`requiredScope`).',
    nl: 'Deze API-sleutel mag dit niet: er is een sleutel met het recht "{{scope}}" nodig.',
    en: 'This API key may not do this: it needs a key with the scope "{{scope}}".',
  },
  internal_error: {
    status: 500,
    description: 'Something failed on the server; it is logged.',
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
  invalid_wait: {
    status: 400,
    description: '`wait` is not a number of seconds from 0 to 60.',
    nl: '"wait" moet een aantal seconden zijn tussen 0 en {{max}}.',
    en: '"wait" must be a number of seconds from 0 to {{max}}.',
  },
  inventory_invalid: {
    status: 400,
    description:
      'The supplier’s inventory answers break a rule; `errors` lists each (`field`, `message`, `messageNl`).',
    nl: '{{problems}}',
    en: '{{problems}}',
  },
  invitation_invalid: {
    status: 400,
    description:
      'The invitation (or new link) breaks a rule; `errors` lists each (`field`, `message`, `messageNl`).',
    nl: '{{problems}}',
    en: '{{problems}}',
  },
  import_invalid: {
    status: 400,
    description:
      'The supplier list (CSV) cannot be imported as a whole: no header row, no column for the name or the e-mail address, not CSV, or the profile does not exist. Nothing was created.',
    nl: 'De leverancierslijst kan niet worden ingelezen: {{reason}}',
    en: 'The supplier list cannot be imported: {{reason}}',
  },
  import_too_large: {
    status: 413,
    description: 'The supplier list (CSV) has more rows or bytes than one import takes. Nothing was created.',
    nl: 'De leverancierslijst is te groot: hoogstens {{rows}} leveranciers en {{mb}} MB per keer. Splits de lijst en lees de delen na elkaar in.',
    en: 'The supplier list is too large: at most {{rows}} suppliers and {{mb}} MB at a time. Split the list and import the parts one after another.',
  },
  expected_csv: {
    status: 415,
    description: 'The body must be a CSV file (`Content-Type: text/csv`).',
    nl: 'Stuur de leverancierslijst als CSV-bestand (Content-Type: text/csv).',
    en: 'Send the supplier list as a CSV file (Content-Type: text/csv).',
  },
  invitation_not_found: {
    status: 404,
    description: "No such invitation, or another buyer's.",
    nl: 'Deze uitnodiging bestaat niet (of is niet van u).',
    en: 'This invitation does not exist (or is not yours).',
  },
  invitation_unavailable: {
    status: 404,
    description:
      'The invitation link has expired, been revoked or is unknown (one answer for all three, no data).',
    nl: 'Deze uitnodigingslink werkt niet (meer): hij is verlopen, ingetrokken of niet volledig. Vraag de organisatie die u uitnodigde om een nieuwe link.',
    en: 'This invitation link does not work (any more): it has expired, been revoked or is incomplete. Ask the organisation that invited you for a new link.',
  },
  malformed_json: {
    status: 400,
    description: 'The body is not valid JSON.',
    nl: 'De inhoud is geen geldige JSON.',
    en: 'The request body is not valid JSON.',
  },
  method_not_allowed: {
    status: 405,
    description: 'This path exists, but not with this method; `Allow` lists the methods it has.',
    nl: 'Dit adres bestaat, maar niet met {{method}}. Het kan met: {{allowed}}.',
    en: 'This address exists, but not with {{method}}. It takes: {{allowed}}.',
  },
  multipart_invalid: {
    status: 400,
    description:
      'The body is not a well-formed `multipart/form-data` form (no or wrong boundary, no closing boundary, a malformed part, a file part without a file name, a NUL in a name); `reason` says which.',
    nl: 'Het formulier met uw bestand is niet goed aangekomen. Er is niets opgeslagen. Kies het bestand opnieuw en verstuur het nog een keer.',
    en: 'The form with your file did not arrive correctly. Nothing was stored. Choose the file again and send it once more.',
  },
  not_found: {
    status: 404,
    description: 'There is nothing at this path.',
    nl: 'Dit adres bestaat niet.',
    en: 'There is nothing at this address.',
  },
  page_image_unavailable: {
    status: 404,
    description: 'There is no image of this page of the run (yet).',
    nl: 'Er is geen afbeelding van deze pagina.',
    en: 'There is no image of this page.',
    variants: {
      supplier: {
        nl: 'Er is (nog) geen afbeelding van deze pagina.',
        en: 'There is no image of this page (yet).',
      },
    },
  },
  profile_archived: {
    status: 409,
    description: 'The profile is archived: no new versions or runs.',
    nl: 'Dit profiel is gearchiveerd: er komen geen nieuwe versies of controles meer bij. Eerdere controles houden hun versie.',
    en: 'This profile is archived: it takes no new versions or runs. Earlier runs keep their version.',
    variants: {
      supplier: {
        nl: 'De afnemer heeft de eisen voor deze test ingetrokken. Neem contact op met de afnemer.',
        en: 'The buyer has withdrawn the requirements for this test. Please contact the buyer.',
      },
    },
  },
  profile_invalid: {
    status: 400,
    description: 'The profile breaks the schema or a semantic rule; `errors` lists each.',
    nl: 'Het profiel heeft {{count}} problemen; zie "errors" (per probleem de plek als JSON Pointer en wat er mis is).',
    en: 'The profile has {{count}} problems; see "errors" (each with its place as a JSON Pointer and what is wrong).',
    variants: {
      one: {
        nl: 'Het profiel heeft 1 probleem; zie "errors" (per probleem de plek als JSON Pointer en wat er mis is).',
        en: 'The profile has 1 problem; see "errors" (each with its place as a JSON Pointer and what is wrong).',
      },
    },
  },
  profile_not_found: {
    status: 404,
    description: "No such profile, or another buyer's (400 when a run names it, with the known `presets`).",
    nl: 'Dit profiel bestaat niet (of is niet van u).',
    en: 'This profile does not exist (or is not yours).',
    variants: {
      preset: { nl: 'Er is geen standaardprofiel "{{id}}".', en: 'There is no preset "{{id}}".' },
      named_by_run: {
        status: 400,
        nl: 'Er is geen profiel "{{id}}". Bekende standaardprofielen: {{presets}}.',
        en: 'There is no profile "{{id}}". Known presets: {{presets}}.',
      },
    },
  },
  profile_version_not_found: {
    status: 404,
    description: 'No such version of the profile.',
    nl: 'Deze versie van het profiel bestaat niet (of het profiel is niet van u).',
    en: 'This version of the profile does not exist (or the profile is not yours).',
  },
  queue_full: {
    status: 503,
    description: 'Too many runs are waiting; try again after `Retry-After` seconds.',
    nl: 'Er staan op dit moment te veel controles in de wachtrij. Probeer het over een minuut opnieuw.',
    en: 'Too many checks are waiting right now. Please try again in a minute.',
  },
  rate_limited: {
    status: 429,
    description: 'Too many requests for this key or address; see `Retry-After`.',
    nl: 'Te veel verzoeken vanaf dit adres. Probeer het over {{seconds}} seconden opnieuw.',
    en: 'Too many requests from this address. Try again in {{seconds}} seconds.',
    variants: {
      per_key: {
        nl: 'Te veel verzoeken met deze API-sleutel. Probeer het over {{seconds}} seconden opnieuw.',
        en: 'Too many requests with this API key. Try again in {{seconds}} seconds.',
      },
    },
  },
  request_invalid: {
    status: 400,
    description:
      'A parameter or body breaks the OpenAPI document; `errors` lists each (`in`, `name`, `pointer`).',
    nl: 'Het verzoek klopt niet met de API-beschrijving (/api/openapi.json): {{count}} problemen, zie "errors".',
    en: 'The request does not match the API description (/api/openapi.json): {{count}} problems, see "errors".',
    variants: {
      one: {
        nl: 'Het verzoek klopt niet met de API-beschrijving (/api/openapi.json): 1 probleem, zie "errors".',
        en: 'The request does not match the API description (/api/openapi.json): 1 problem, see "errors".',
      },
    },
  },
  review_invalid: {
    status: 400,
    description:
      'The review breaks a rule (decision `approved` or `rejected`, comment up to 2000 characters); `errors` lists each.',
    nl: '{{problems}}',
    en: '{{problems}}',
  },
  run_erased: {
    status: 410,
    description: "The run's file and report were erased (on request or after the retention period).",
    nl: 'Het bestand en het rapport van deze controle zijn gewist.',
    en: 'The file and report of this run have been erased.',
  },
  run_not_finished: {
    status: 409,
    description: 'The run is still queued or running.',
    nl: 'Deze controle loopt nog. Wis haar als ze klaar is.',
    en: 'This run is still going. Erase it once it has finished.',
    variants: {
      report: {
        nl: 'Deze controle is nog niet klaar; het rapport volgt als ze klaar is.',
        en: 'This run has not finished yet; the report follows when it has.',
      },
      page_images: {
        nl: 'Deze controle is nog niet klaar; de pagina-afbeeldingen volgen als ze klaar is.',
        en: 'This run has not finished yet; the page images follow when it has.',
      },
    },
  },
  run_not_found: {
    status: 404,
    description: "No such run (or, with a key, another buyer's).",
    nl: 'Deze controle bestaat niet (meer). Controleer het adres.',
    en: 'This run does not exist (any more). Check the address.',
  },
  run_not_reviewable: {
    status: 409,
    description:
      'Only a completed run with verdict `accepted` can be approved or rejected; a finished run of an invitation that did not pass can only be approved, with a reason (an override).',
    nl: 'Alleen een proeffactuur die door de controle kwam, kunt u goedkeuren of afwijzen.',
    en: 'Only a sample that passed the check can be approved or rejected.',
  },
  session_ended: {
    status: 401,
    description:
      'The session cookie names no live session: it expired, was signed out, or the key or user it was opened with no longer works.',
    nl: 'U bent niet meer ingelogd: uw sessie is verlopen of beëindigd. Log opnieuw in.',
    en: 'You are no longer signed in: your session has expired or ended. Please sign in again.',
  },
  sign_in_failed: {
    status: 401,
    description: 'The e-mail address or the password is wrong.',
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The e-mail address or the password is not right.',
  },
  sign_in_incomplete: {
    status: 400,
    description: 'A sign-in needs an `apiKey`, or an `email` and a `password`.',
    nl: 'Vul uw API-sleutel in, of uw e-mailadres en wachtwoord.',
    en: 'Fill in your API key, or your e-mail address and password.',
  },
  storage_full: {
    status: 503,
    description:
      'The server has no room to store the upload (disk or database full); nothing was stored. Retry after `Retry-After` seconds.',
    nl: 'Wij kunnen uw bestand op dit moment niet opslaan. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.',
    en: 'We cannot store your file right now. Nothing was stored. Please try again in a few minutes.',
  },
  too_many_active_runs: {
    status: 429,
    description: 'The buyer has as many queued and running runs as its limit; see `Retry-After`.',
    nl: 'U heeft al {{limit}} controles in de wachtrij of in behandeling, het maximum. Wacht tot er een klaar is.',
    en: 'You already have {{limit}} runs queued or running, the limit. Wait until one has finished.',
    variants: {
      run_set: {
        nl: 'Deze test vraagt {{needed}} controles tegelijk, maar er mogen er ten hoogste {{limit}} tegelijk in de wachtrij of in behandeling zijn (nu {{active}}). Kies minder profielen, of wacht tot eerdere controles klaar zijn.',
        en: 'This test needs {{needed}} checks at once, but at most {{limit}} may be queued or running at a time (now {{active}}). Choose fewer profiles, or wait until earlier checks are done.',
      },
    },
  },
  too_many_attempts: {
    status: 429,
    description:
      'Too many failed sign-ins for this e-mail address or client address in 15 minutes; see `retryAfterSeconds`.',
    nl: 'Te veel mislukte pogingen om in te loggen. Probeer het over {{minutes}} minuten opnieuw.',
    en: 'Too many failed sign-in attempts. Try again in {{minutes}} minutes.',
    variants: {
      busy: {
        nl: 'Er wordt op dit moment al vaak ingelogd voor dit account of vanaf dit adres. Probeer het over {{seconds}} seconden opnieuw.',
        en: 'Many sign-ins for this account or from this address are already in progress. Try again in {{seconds}} seconds.',
      },
      sign_in_link: {
        nl: 'Er zijn te veel inloglinks aangevraagd voor dit e-mailadres of vanaf dit adres. Probeer het over {{minutes}} minuten opnieuw.',
        en: 'Too many sign-in links were asked for this e-mail address or from this address. Try again in {{minutes}} minutes.',
      },
    },
  },
  too_many_files: {
    status: 400,
    description: 'More than one file was uploaded.',
    nl: 'Upload één bestand tegelijk: één factuur per controle.',
    en: 'Upload one file at a time: one invoice per check.',
  },
  unexpected_file_field: {
    status: 400,
    description: 'The file was sent in another field than `file`.',
    nl: 'Het bestand moet in het formulierveld "file" staan (niet "{{field}}"), en er mag maar één bestand zijn.',
    en: 'Send the file in the form field "file" (not "{{field}}"), and only one file.',
  },
  upload_stalled: {
    status: 408,
    description: 'Nothing of the upload arrived for `UPLOAD_IDLE_SECONDS`; the partial file was removed.',
    nl: 'Uw bestand kwam niet verder binnen: {{seconds}} seconden lang kwam er niets aan. Er is niets opgeslagen. Probeer het opnieuw.',
    en: 'Your file stopped arriving: nothing came for {{seconds}} seconds. Nothing was stored. Please try again.',
  },
  url_invalid: {
    status: 400,
    description: 'A callback or webhook URL is not an http(s) URL without credentials.',
    nl: '"{{field}}" is geen bruikbaar adres: {{reason}}',
    en: '"{{field}}" is not a usable URL: {{reason}}',
  },
  url_not_allowed: {
    status: 400,
    description:
      'In production mode, a callback or webhook URL may not point at a private, loopback or link-local address.',
    nl: '"{{field}}" mag niet naar dit adres wijzen: {{reason}}',
    en: '"{{field}}" may not point at this address: {{reason}}',
  },
  webhook_not_found: {
    status: 404,
    description: "No such webhook, or another buyer's.",
    nl: 'Deze webhook bestaat niet (of is niet van u).',
    en: 'This webhook does not exist (or is not yours).',
  },
  outbox_message_not_found: {
    status: 404,
    description: "No such message in the outbox, or another buyer's.",
    nl: 'Dit bericht staat niet in uw postvak uit (of is niet van u).',
    en: 'This message is not in your outbox (or is not yours).',
  },
  certificate_unavailable: {
    status: 409,
    description:
      'A test certificate exists only for a completed, accepted run of a buyer that the buyer did not reject, and whose file is not erased.',
    nl: 'Voor deze proeffactuur is geen testcertificaat te krijgen: alleen een voorbeeldfactuur die door de controle kwam (en niet door de ontvanger is afgewezen) krijgt er een.',
    en: 'There is no test certificate for this sample: only a sample that passed the check (and was not rejected by the recipient) gets one.',
  },
  certificate_unreadable: {
    status: 400,
    description: 'The uploaded file is not a test certificate (its JSON, its PDF or a bare JWS).',
    nl: 'Dit bestand is geen testcertificaat van Proeffactuur. Upload het certificaat als JSON- of PDF-bestand, zoals u het hebt gedownload.',
    en: 'This file is not a Proeffactuur test certificate. Upload the certificate as the JSON or PDF file you downloaded.',
  },
  samples_incomplete: {
    status: 409,
    description:
      'The profile asks for more distinct passing samples (`delivery.samplesRequired`) before a sample can be approved.',
    nl: 'Nog niet genoeg voorbeeldfacturen geslaagd: {{passed}} van {{required}}. De leverancier moet eerst {{required}} verschillende voorbeeldfacturen (elk met een eigen factuurnummer) laten slagen.',
    en: 'Not enough sample invoices have passed yet: {{passed}} of {{required}}. The supplier must first pass {{required}} different sample invoices (each with its own invoice number).',
  },
  override_reason_required: {
    status: 400,
    description:
      'Approving a sample that did not pass (an override) needs a reason in `comment`; it is kept in the audit log.',
    nl: 'Een proeffactuur die niet door de controle kwam, kunt u alleen goedkeuren met een reden. Schrijf in de toelichting waarom u hem toch accepteert.',
    en: 'A sample that did not pass the check can only be approved with a reason. Write in the comment why you accept it all the same.',
  },
  waiver_invalid: {
    status: 400,
    description:
      'The waiver breaks a rule (a check id, a reason of 1 to 2000 characters, an expiry in the future); `errors` lists each.',
    nl: '{{problems}}',
    en: '{{problems}}',
  },
  waiver_check_unused: {
    status: 400,
    description:
      "The invitation's profile does not use this check, so there is nothing to waive; `checks` lists the checks it uses.",
    nl: 'Het profiel van deze uitnodiging gebruikt de controle {{checkId}} niet: er valt niets vrij te stellen. Kies een controle die het profiel gebruikt.',
    en: 'The profile of this invitation does not use the check {{checkId}}: there is nothing to waive. Choose a check the profile uses.',
  },
  waiver_not_found: {
    status: 404,
    description: "No such waiver, or another buyer's.",
    nl: 'Deze vrijstelling bestaat niet (of is niet van u).',
    en: 'This waiver does not exist (or is not yours).',
  },
  metrics_forbidden: {
    status: 403,
    description:
      '`/metrics` answers only requests from the machine itself (not through a proxy), or with the bearer token `METRICS_TOKEN`.',
    nl: 'De meetgegevens zijn alleen op deze machine zelf op te vragen, of met het token uit METRICS_TOKEN.',
    en: 'The metrics can only be read on this machine itself, or with the token from METRICS_TOKEN.',
  },
  too_many_profiles: {
    status: 400,
    description: 'More profiles (or invitations) in one request than the limit (`limit`, 20).',
    nl: 'U koos {{count}} profielen. Eén bestand kan in één keer tegen ten hoogste {{max}} profielen worden getest: kies er minder, of verdeel ze over meer keren.',
    en: 'You chose {{count}} profiles. One file can be tested against at most {{max}} profiles at once: choose fewer, or split them over several tries.',
  },
  no_profiles: {
    status: 400,
    description: 'A run set names no profile (or no invitation).',
    nl: 'Kies ten minste één profiel (of uitnodiging) om het bestand tegen te testen.',
    en: 'Choose at least one profile (or invitation) to test the file against.',
  },
  run_set_not_found: {
    status: 404,
    description: 'No such run set, or not yours.',
    nl: 'Deze reeks tests bestaat niet (meer), of is niet van u.',
    en: 'This set of tests does not exist (any more), or is not yours.',
  },
  supplier_email_invalid: {
    status: 400,
    description: 'The supplier sign-in form was sent without a valid e-mail address.',
    nl: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.',
    en: 'Enter a valid e-mail address, for example name@company.com.',
  },
  sign_in_link_used: {
    status: 410,
    description: 'The supplier sign-in link was used before (each link works once).',
    nl: 'Deze inloglink is al gebruikt. Elke link werkt maar één keer. Vraag hieronder een nieuwe link aan.',
    en: 'This sign-in link has already been used. Each link works only once. Ask for a new link below.',
  },
  sign_in_link_expired: {
    status: 410,
    description: 'The supplier sign-in link has expired (it works for 15 minutes).',
    nl: 'Deze inloglink is verlopen: hij werkt 15 minuten. Vraag hieronder een nieuwe link aan.',
    en: 'This sign-in link has expired: it works for 15 minutes. Ask for a new link below.',
  },
  sign_in_link_invalid: {
    status: 404,
    description: 'The supplier sign-in link is unknown or incomplete.',
    nl: 'Deze inloglink werkt niet: hij is onbekend of niet volledig gekopieerd. Vraag hieronder een nieuwe link aan.',
    en: 'This sign-in link does not work: it is unknown or was not copied completely. Ask for a new link below.',
  },
  supplier_session_required: {
    status: 401,
    description: 'Sign in as a supplier first (with a sign-in link), or the session has ended.',
    nl: 'U bent niet (meer) ingelogd. Vraag een inloglink aan met uw e-mailadres.',
    en: 'You are not signed in (any more). Ask for a sign-in link with your e-mail address.',
  },
} as const satisfies Record<string, ErrorEntry>;

/**
 * Texts that fill an error's placeholders or its `errors` list: why an URL is refused
 * (`url.*`), one problem with an invitation, review or inventory (`invitation.*`, `review.*`,
 * `inventory.*`).
 */
export const DETAIL_TEXTS = {
  'url.too-long': { nl: 'langer dan 2000 tekens.', en: 'longer than 2,000 characters.' },
  'url.not-a-url': {
    nl: 'schrijf een volledig adres, zoals https://voorbeeld.nl/webhook.',
    en: 'write a full URL, such as https://example.com/webhook.',
  },
  'url.scheme': { nl: 'alleen http en https zijn mogelijk.', en: 'only http and https are possible.' },
  'url.credentials': {
    nl: 'zet geen gebruikersnaam of wachtwoord in het adres; controleer de handtekening in plaats daarvan.',
    en: 'put no user name or password in the URL; verify the signature instead.',
  },
  'url.private': {
    nl: 'het is een intern, lokaal of privé-netwerkadres. Gebruik een adres dat vanaf internet bereikbaar is.',
    en: 'it is an internal, loopback or private network address. Use an address reachable from the internet.',
  },
  'url.unresolved': {
    nl: 'de naam {{host}} bestaat niet (DNS).',
    en: 'the name {{host}} does not resolve (DNS).',
  },
  'invitation.supplier-name-missing': {
    nl: 'Vul de naam van de leverancier in.',
    en: 'Fill in the supplier’s name.',
  },
  'invitation.supplier-name-too-long': {
    nl: 'De naam van de leverancier is langer dan {{max}} tekens; kort hem in.',
    en: 'The supplier’s name is longer than {{max}} characters; shorten it.',
  },
  'invitation.supplier-email-missing': {
    nl: 'Vul het e-mailadres van de leverancier in, bijvoorbeeld administratie@leverancier.nl.',
    en: 'Fill in the supplier’s e-mail address, e.g. administratie@leverancier.nl.',
  },
  'invitation.language': {
    nl: 'Kies de taal van de uitnodiging: Nederlands (nl) of Engels (en).',
    en: 'Choose the language of the invitation: Dutch (nl) or English (en).',
  },
  'invitation.profile-missing': {
    nl: 'Kies een van uw (niet-gearchiveerde) profielen om tegen te testen.',
    en: 'Choose one of your (not archived) profiles to test against.',
  },
  'invitation.expiry-days': {
    nl: 'De geldigheid van de link is een heel aantal dagen van 1 tot {{max}}.',
    en: 'The link’s lifetime is a whole number of days from 1 to {{max}}.',
  },
  'master.not-an-object': {
    nl: 'De stamgegevens van de leverancier zijn een object met name, vatId, kvk en ibans.',
    en: 'The supplier’s master data is an object with name, vatId, kvk and ibans.',
  },
  'master.name-too-long': {
    nl: 'De naam in de stamgegevens is langer dan {{max}} tekens; kort hem in.',
    en: 'The name in the master data is longer than {{max}} characters; shorten it.',
  },
  'master.vat-id': {
    nl: '"{{value}}" is geen geldig btw-nummer (landcode, nummer en controlecijfers, bijvoorbeeld NL123456782B01).',
    en: '"{{value}}" is not a valid VAT number (country code, number and check digits, e.g. NL123456782B01).',
  },
  'master.kvk': {
    nl: '"{{value}}" is geen KvK-nummer: dat heeft precies 8 cijfers.',
    en: '"{{value}}" is not a KvK number: it has exactly 8 digits.',
  },
  'master.iban': {
    nl: '"{{value}}" is geen geldig IBAN: controleer de lengte en de controlecijfers.',
    en: '"{{value}}" is not a valid IBAN: check its length and check digits.',
  },
  'master.too-many-ibans': {
    nl: 'Geef hoogstens {{max}} IBAN’s per leverancier op.',
    en: 'Give at most {{max}} IBANs per supplier.',
  },
  'import.no-header': {
    nl: 'de eerste regel moet de kolomnamen bevatten (bijvoorbeeld naam;e-mail;btw;kvk;iban).',
    en: 'the first line must hold the column names (for example name,email,vat,kvk,iban).',
  },
  'import.missing-columns': {
    nl: 'er is geen kolom voor {{columns}}. Gevonden kolommen: {{found}}.',
    en: 'there is no column for {{columns}}. Columns found: {{found}}.',
  },
  'import.not-csv': {
    nl: 'het bestand is geen leesbaar CSV-bestand (regel {{line}}: {{message}}). Sla de lijst in uw spreadsheet op als CSV.',
    en: 'the file is not readable CSV (line {{line}}: {{message}}). Save the list from your spreadsheet as CSV.',
  },
  'import.encoding': {
    nl: 'de tekens in het bestand zijn niet te lezen. Sla de lijst op als "CSV UTF-8".',
    en: 'the characters in the file cannot be read. Save the list as "CSV UTF-8".',
  },
  'import.profile-missing': {
    nl: 'kies een van uw (niet-gearchiveerde) profielen om tegen te testen.',
    en: 'choose one of your (not archived) profiles to test against.',
  },
  'import.duplicate-email-in-file': {
    nl: 'Het e-mailadres {{email}} staat al in regel {{row}} van dit bestand.',
    en: 'The e-mail address {{email}} is already in row {{row}} of this file.',
  },
  'import.duplicate-vat-id-in-file': {
    nl: 'Het btw-nummer {{vatId}} staat al in regel {{row}} van dit bestand.',
    en: 'The VAT number {{vatId}} is already in row {{row}} of this file.',
  },
  'import.email-already-invited': {
    nl: 'U hebt {{email}} al uitgenodigd (uitnodiging {{invitationId}}).',
    en: 'You have already invited {{email}} (invitation {{invitationId}}).',
  },
  'import.vat-id-already-invited': {
    nl: 'U hebt de leverancier met btw-nummer {{vatId}} al uitgenodigd (uitnodiging {{invitationId}}).',
    en: 'You have already invited the supplier with VAT number {{vatId}} (invitation {{invitationId}}).',
  },
  'review.decision': {
    nl: 'Het besluit is "approved" (goedgekeurd) of "rejected" (afgewezen).',
    en: 'The decision is "approved" or "rejected".',
  },
  'review.comment-too-long': {
    nl: 'Een toelichting heeft hoogstens {{max}} tekens.',
    en: 'A comment has at most {{max}} characters.',
  },
  'inventory.software': {
    nl: 'Kies uw factuursoftware uit de lijst, of ‘Anders’.',
    en: 'Choose your invoicing software from the list, or “Other”.',
  },
  'inventory.software-other': {
    nl: 'Vul de naam van uw factuursoftware in (hoogstens 100 tekens).',
    en: 'Fill in the name of your invoicing software (at most 100 characters).',
  },
  'inventory.handmade': {
    nl: 'Geef aan of u factuur-PDF’s met de hand maakt.',
    en: 'Say whether you make invoice PDFs by hand.',
  },
  'certificate.valid': {
    nl: 'Het certificaat is echt: de handtekening klopt en de sleutel is geldig.',
    en: 'The certificate is genuine: the signature is correct and the key is valid.',
  },
  'certificate.valid-with-sample': {
    nl: 'Het certificaat is echt en hoort bij deze voorbeeldfactuur: de handtekening, de sleutel en de vingerafdruk (sha256) van het bestand kloppen.',
    en: 'The certificate is genuine and belongs to this sample invoice: the signature, the key and the file’s fingerprint (sha256) all match.',
  },
  'certificate.malformed': {
    nl: 'Dit certificaat is beschadigd of veranderd: het heeft niet de vorm van een ondertekend certificaat. Download het opnieuw.',
    en: 'This certificate is damaged or has been changed: it does not have the shape of a signed certificate. Download it again.',
  },
  'certificate.file-changed': {
    nl: 'Dit certificaatbestand is na het ondertekenen veranderd. Vertrouw het niet; download het opnieuw.',
    en: 'This certificate file was changed after it was signed. Do not trust it; download it again.',
  },
  'certificate.bad-signature': {
    nl: 'De handtekening klopt niet: het certificaat is veranderd of vervalst. Vertrouw het niet.',
    en: 'The signature does not match: the certificate has been changed or forged. Do not trust it.',
  },
  'certificate.unknown-key': {
    nl: 'Het certificaat is ondertekend met een sleutel ({{kid}}) die deze dienst niet kent. Het komt niet van hier of is vervalst.',
    en: 'The certificate was signed with a key ({{kid}}) this service does not know. It does not come from here or is forged.',
  },
  'certificate.revoked-key': {
    nl: 'De sleutel ({{kid}}) waarmee dit certificaat is ondertekend, is op {{date}} ingetrokken. Het certificaat geldt niet meer; vraag een nieuw aan.',
    en: 'The key ({{kid}}) that signed this certificate was revoked on {{date}}. The certificate no longer counts; ask for a new one.',
  },
  'certificate.sample-mismatch': {
    nl: 'Het certificaat is echt, maar hoort niet bij dit bestand: de vingerafdruk (sha256) van het bestand verschilt van die in het certificaat.',
    en: 'The certificate is genuine but does not belong to this file: the file’s fingerprint (sha256) differs from the one in the certificate.',
  },
  'waiver.check-missing': {
    nl: 'Kies de controle die u wilt vrijstellen (zoals images.min-dpi).',
    en: 'Choose the check you want to waive (such as images.min-dpi).',
  },
  'waiver.reason-missing': {
    nl: 'Schrijf waarom u deze controle vrijstelt; de reden komt in het auditlogboek en in het rapport van de leverancier.',
    en: 'Write why you waive this check; the reason goes into the audit log and into the supplier’s report.',
  },
  'waiver.reason-too-long': {
    nl: 'Een reden heeft hoogstens {{max}} tekens.',
    en: 'A reason has at most {{max}} characters.',
  },
  'waiver.until': {
    nl: 'De einddatum is een datum of tijdstip in de toekomst, zoals 2027-03-31.',
    en: 'The end date is a date or moment in the future, such as 2027-03-31.',
  },
} as const satisfies Record<string, LocalizedText>;
