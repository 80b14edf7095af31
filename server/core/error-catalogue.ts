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
    de: 'Dieser API-Schlüssel ist abgelaufen. Fordern Sie einen neuen Schlüssel an.',
    fr: 'Cette clé d’API a expiré. Demandez une nouvelle clé.',
  },
  api_key_invalid: {
    status: 401,
    description: 'The API key is unknown or revoked (which of the two is not told).',
    nl: 'Deze API-sleutel is onbekend of ingetrokken. Vraag een nieuwe sleutel aan.',
    en: 'This API key is unknown or has been revoked. Ask for a new key.',
    de: 'Dieser API-Schlüssel ist unbekannt oder wurde widerrufen. Fordern Sie einen neuen Schlüssel an.',
    fr: 'Cette clé d’API est inconnue ou a été révoquée. Demandez une nouvelle clé.',
  },
  api_key_missing: {
    status: 401,
    description: 'The request needs an API key (`Authorization: Bearer <key>`).',
    nl: 'Log in met uw API-sleutel: stuur de kop "Authorization: Bearer <sleutel>".',
    en: 'Sign in with your API key: send the header "Authorization: Bearer <key>".',
    de: 'Melden Sie sich mit Ihrem API-Schlüssel an: Senden Sie den Header "Authorization: Bearer <Schlüssel>".',
    fr: 'Connectez-vous avec votre clé d’API : envoyez l’en-tête "Authorization: Bearer <clé>".',
  },
  bad_request: {
    status: 400,
    description: 'The request body could not be read.',
    nl: 'Het verzoek kon niet worden gelezen.',
    en: 'The request could not be read.',
    de: 'Die Anfrage konnte nicht gelesen werden.',
    fr: 'La requête n’a pas pu être lue.',
  },
  bad_upload: {
    status: 400,
    description: 'The multipart upload did not arrive intact.',
    nl: 'De upload is niet goed aangekomen ({{reason}}). Probeer het opnieuw.',
    en: 'The upload did not arrive correctly ({{reason}}). Please try again.',
    de: 'Der Upload ist nicht richtig angekommen ({{reason}}). Bitte versuchen Sie es erneut.',
    fr: 'L’envoi n’est pas arrivé correctement ({{reason}}). Veuillez réessayer.',
  },
  body_too_large: {
    status: 413,
    description:
      'The JSON body is larger than the route allows (256 kB; 16 kB for onboarding, 8 kB for signing in).',
    nl: 'Het verzoek is te groot.',
    en: 'The request body is too large.',
    de: 'Die Anfrage ist zu groß.',
    fr: 'La requête est trop volumineuse.',
  },
  cross_site_request: {
    status: 403,
    description: 'A sign-in was posted from another site (its `Origin` is not this server).',
    nl: 'Inloggen kan alleen vanaf de pagina’s van Proeffactuur zelf.',
    en: 'Signing in only works from Proeffactuur’s own pages.',
    de: 'Die Anmeldung funktioniert nur von den Seiten von Proeffactuur selbst.',
    fr: 'La connexion ne fonctionne que depuis les pages de Proeffactuur.',
  },
  csrf_token_invalid: {
    status: 403,
    description:
      'A signed-in browser request that changes something lacks the session’s `X-CSRF-Token` (or sends a wrong one).',
    nl: 'Dit verzoek kwam niet van een pagina van Proeffactuur (het beveiligingstoken ontbreekt of klopt niet). Herlaad de pagina en probeer het opnieuw.',
    en: 'This request did not come from a Proeffactuur page (the security token is missing or wrong). Reload the page and try again.',
    de: 'Diese Anfrage kam nicht von einer Seite von Proeffactuur (das Sicherheitstoken fehlt oder ist falsch). Laden Sie die Seite neu und versuchen Sie es erneut.',
    fr: 'Cette requête ne vient pas d’une page de Proeffactuur (le jeton de sécurité manque ou est faux). Rechargez la page et réessayez.',
  },
  cursor_invalid: {
    status: 400,
    description: 'The `cursor` is not one this API gave out.',
    nl: 'Deze "cursor" komt niet van deze API. Gebruik de "nextCursor" van de vorige pagina.',
    en: 'This "cursor" did not come from this API. Use the "nextCursor" of the previous page.',
    de: 'Dieser "cursor" stammt nicht von dieser API. Verwenden Sie den "nextCursor" der vorigen Seite.',
    fr: 'Ce "cursor" ne vient pas de cette API. Utilisez le "nextCursor" de la page précédente.',
  },
  daily_upload_limit: {
    status: 429,
    description:
      'The buyer (or, without a key, the address) has uploaded its daily maximum of bytes; `limitBytes` says it, `Retry-After` when the count starts again (midnight UTC).',
    nl: 'Vandaag is er al {{mb}} MB geüpload, het maximum per dag. Er is niets opgeslagen. Probeer het morgen opnieuw.',
    en: 'Today {{mb}} MB has been uploaded already, the daily maximum. Nothing was stored. Please try again tomorrow.',
    de: 'Heute wurden bereits {{mb}} MB hochgeladen, das Tageshöchstmaß. Es wurde nichts gespeichert. Bitte versuchen Sie es morgen erneut.',
    fr: 'Aujourd’hui, {{mb}} Mo ont déjà été envoyés, le maximum par jour. Rien n’a été enregistré. Veuillez réessayer demain.',
  },
  expected_json: {
    status: 415,
    description: 'The body must be JSON (`Content-Type: application/json`).',
    nl: 'Stuur het profiel als JSON (Content-Type: application/json).',
    en: 'Send the profile as JSON (Content-Type: application/json).',
    de: 'Senden Sie das Profil als JSON (Content-Type: application/json).',
    fr: 'Envoyez le profil en JSON (Content-Type: application/json).',
    variants: {
      data: {
        nl: 'Stuur de gegevens als JSON (Content-Type: application/json).',
        en: 'Send the data as JSON (Content-Type: application/json).',
        de: 'Senden Sie die Daten als JSON (Content-Type: application/json).',
        fr: 'Envoyez les données en JSON (Content-Type: application/json).',
      },
      webhook: {
        nl: 'Stuur de webhook als JSON (Content-Type: application/json).',
        en: 'Send the webhook as JSON (Content-Type: application/json).',
        de: 'Senden Sie den Webhook als JSON (Content-Type: application/json).',
        fr: 'Envoyez le webhook en JSON (Content-Type: application/json).',
      },
      sign_in: {
        nl: 'Stuur de inloggegevens als JSON.',
        en: 'Send the sign-in details as JSON.',
        de: 'Senden Sie die Anmeldedaten als JSON.',
        fr: 'Envoyez les données de connexion en JSON.',
      },
    },
  },
  expected_multipart: {
    status: 415,
    description: 'The body must be `multipart/form-data`.',
    nl: 'Stuur het bestand als multipart/form-data in het veld "file".',
    en: 'Send the file as multipart/form-data in the field "file".',
    de: 'Senden Sie die Datei als multipart/form-data im Feld "file".',
    fr: 'Envoyez le fichier en multipart/form-data dans le champ "file".',
  },
  file_missing: {
    status: 400,
    description: 'No file in the form field `file`.',
    nl: 'Er is geen bestand meegestuurd. Kies de PDF van uw factuur (formulierveld "file").',
    en: 'No file was sent. Choose the PDF of your invoice (form field "file").',
    de: 'Es wurde keine Datei gesendet. Wählen Sie die PDF Ihrer Rechnung (Formularfeld "file").',
    fr: 'Aucun fichier n’a été envoyé. Choisissez le PDF de votre facture (champ de formulaire "file").',
    variants: {
      supplier: {
        nl: 'Er is geen bestand meegestuurd. Kies de PDF van uw factuur.',
        en: 'No file was sent. Choose the PDF of your invoice.',
        de: 'Es wurde keine Datei gesendet. Wählen Sie die PDF Ihrer Rechnung.',
        fr: 'Aucun fichier n’a été envoyé. Choisissez le PDF de votre facture.',
      },
    },
  },
  file_too_large: {
    status: 413,
    description: 'The upload is larger than the (per-buyer) limit; `limitBytes` says it.',
    nl: 'Het bestand is groter dan {{mb}} MB, het maximum voor een upload. Er is niets opgeslagen.',
    en: 'The file is larger than {{mb}} MB, the upload limit. Nothing was stored.',
    de: 'Die Datei ist größer als {{mb}} MB, die Obergrenze für Uploads. Es wurde nichts gespeichert.',
    fr: 'Le fichier dépasse {{mb}} Mo, la limite d’envoi. Rien n’a été enregistré.',
  },
  idempotency_key_invalid: {
    status: 400,
    description: 'The `Idempotency-Key` is not 1–255 visible ASCII characters.',
    nl: 'De Idempotency-Key moet 1 tot 255 zichtbare ASCII-tekens zijn (bijvoorbeeld een UUID).',
    en: 'The Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID, for example).',
    de: 'Der Idempotency-Key muss aus 1 bis 255 sichtbaren ASCII-Zeichen bestehen (zum Beispiel eine UUID).',
    fr: 'L’Idempotency-Key doit compter de 1 à 255 caractères ASCII visibles (un UUID, par exemple).',
  },
  idempotency_key_reused: {
    status: 409,
    description: 'The `Idempotency-Key` was used in the last 24 hours for a different submission.',
    nl: 'Deze Idempotency-Key is in de afgelopen 24 uur al gebruikt voor een andere inzending. Kies een nieuwe sleutel voor een nieuwe inzending.',
    en: 'This Idempotency-Key was used in the last 24 hours for a different submission. Use a new key for a new submission.',
    de: 'Dieser Idempotency-Key wurde in den letzten 24 Stunden für eine andere Einsendung verwendet. Verwenden Sie für eine neue Einsendung einen neuen Schlüssel.',
    fr: 'Cet Idempotency-Key a été utilisé ces dernières 24 heures pour un autre envoi. Utilisez une nouvelle clé pour un nouvel envoi.',
  },
  insufficient_scope: {
    status: 403,
    description: 'The API key lacks the scope the action needs (`requiredScope`).',
    nl: 'Deze API-sleutel mag dit niet: er is een sleutel met het recht "{{scope}}" nodig.',
    en: 'This API key may not do this: it needs a key with the scope "{{scope}}".',
    de: 'Dieser API-Schlüssel darf das nicht: Dafür ist ein Schlüssel mit dem Bereich "{{scope}}" nötig.',
    fr: 'Cette clé d’API n’a pas ce droit : il faut une clé avec la portée "{{scope}}".',
  },
  internal_error: {
    status: 500,
    description: 'Something failed on the server; it is logged.',
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
    de: 'Auf unserer Seite ist etwas schiefgegangen. Bitte versuchen Sie es später erneut.',
    fr: 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.',
  },
  invalid_wait: {
    status: 400,
    description: '`wait` is not a number of seconds from 0 to 60.',
    nl: '"wait" moet een aantal seconden zijn tussen 0 en {{max}}.',
    en: '"wait" must be a number of seconds from 0 to {{max}}.',
    de: '"wait" muss eine Anzahl Sekunden von 0 bis {{max}} sein.',
    fr: '"wait" doit être un nombre de secondes de 0 à {{max}}.',
  },
  inventory_invalid: {
    status: 400,
    description:
      'The supplier’s inventory answers break a rule; `errors` lists each (`field`, `message`, `messageNl`).',
    nl: '{{problems}}',
    en: '{{problems}}',
    de: '{{problems}}',
    fr: '{{problems}}',
  },
  invitation_invalid: {
    status: 400,
    description:
      'The invitation (or new link) breaks a rule; `errors` lists each (`field`, `message`, `messageNl`).',
    nl: '{{problems}}',
    en: '{{problems}}',
    de: '{{problems}}',
    fr: '{{problems}}',
  },
  invitation_not_found: {
    status: 404,
    description: "No such invitation, or another buyer's.",
    nl: 'Deze uitnodiging bestaat niet (of is niet van u).',
    en: 'This invitation does not exist (or is not yours).',
    de: 'Diese Einladung gibt es nicht (oder sie gehört nicht Ihnen).',
    fr: 'Cette invitation n’existe pas (ou ne vous appartient pas).',
  },
  invitation_unavailable: {
    status: 404,
    description:
      'The invitation link has expired, been revoked or is unknown (one answer for all three, no data).',
    nl: 'Deze uitnodigingslink werkt niet (meer): hij is verlopen, ingetrokken of niet volledig. Vraag de organisatie die u uitnodigde om een nieuwe link.',
    en: 'This invitation link does not work (any more): it has expired, been revoked or is incomplete. Ask the organisation that invited you for a new link.',
    de: 'Dieser Einladungslink funktioniert nicht (mehr): Er ist abgelaufen, wurde zurückgezogen oder ist unvollständig. Bitten Sie die Organisation, die Sie eingeladen hat, um einen neuen Link.',
    fr: 'Ce lien d’invitation ne fonctionne pas (ou plus) : il a expiré, a été révoqué ou est incomplet. Demandez un nouveau lien à l’organisation qui vous a invité.',
  },
  malformed_json: {
    status: 400,
    description: 'The body is not valid JSON.',
    nl: 'De inhoud is geen geldige JSON.',
    en: 'The request body is not valid JSON.',
    de: 'Die Anfrage ist kein gültiges JSON.',
    fr: 'Le corps de la requête n’est pas un JSON valide.',
  },
  method_not_allowed: {
    status: 405,
    description: 'This path exists, but not with this method; `Allow` lists the methods it has.',
    nl: 'Dit adres bestaat, maar niet met {{method}}. Het kan met: {{allowed}}.',
    en: 'This address exists, but not with {{method}}. It takes: {{allowed}}.',
    de: 'Diese Adresse gibt es, aber nicht mit {{method}}. Sie nimmt an: {{allowed}}.',
    fr: 'Cette adresse existe, mais pas avec {{method}}. Elle accepte : {{allowed}}.',
  },
  multipart_invalid: {
    status: 400,
    description:
      'The body is not a well-formed `multipart/form-data` form (no or wrong boundary, no closing boundary, a malformed part, a file part without a file name, a NUL in a name); `reason` says which.',
    nl: 'Het formulier met uw bestand is niet goed aangekomen. Er is niets opgeslagen. Kies het bestand opnieuw en verstuur het nog een keer.',
    en: 'The form with your file did not arrive correctly. Nothing was stored. Choose the file again and send it once more.',
    de: 'Das Formular mit Ihrer Datei ist nicht richtig angekommen. Es wurde nichts gespeichert. Wählen Sie die Datei erneut und senden Sie sie noch einmal.',
    fr: 'Le formulaire avec votre fichier n’est pas arrivé correctement. Rien n’a été enregistré. Choisissez à nouveau le fichier et renvoyez-le.',
  },
  not_found: {
    status: 404,
    description: 'There is nothing at this path.',
    nl: 'Dit adres bestaat niet.',
    en: 'There is nothing at this address.',
    de: 'Unter dieser Adresse gibt es nichts.',
    fr: 'Il n’y a rien à cette adresse.',
  },
  page_image_unavailable: {
    status: 404,
    description: 'There is no image of this page of the run (yet).',
    nl: 'Er is geen afbeelding van deze pagina.',
    en: 'There is no image of this page.',
    de: 'Von dieser Seite gibt es kein Bild.',
    fr: 'Il n’y a pas d’image de cette page.',
    variants: {
      supplier: {
        nl: 'Er is (nog) geen afbeelding van deze pagina.',
        en: 'There is no image of this page (yet).',
        de: 'Von dieser Seite gibt es (noch) kein Bild.',
        fr: 'Il n’y a pas (encore) d’image de cette page.',
      },
    },
  },
  profile_archived: {
    status: 409,
    description: 'The profile is archived: no new versions or runs.',
    nl: 'Dit profiel is gearchiveerd: er komen geen nieuwe versies of controles meer bij. Eerdere controles houden hun versie.',
    en: 'This profile is archived: it takes no new versions or runs. Earlier runs keep their version.',
    de: 'Dieses Profil ist archiviert: Es nimmt keine neuen Versionen oder Prüfungen an. Frühere Prüfungen behalten ihre Version.',
    fr: 'Ce profil est archivé : il n’accepte plus de nouvelles versions ni de nouveaux contrôles. Les contrôles précédents gardent leur version.',
    variants: {
      supplier: {
        nl: 'De afnemer heeft de eisen voor deze test ingetrokken. Neem contact op met de afnemer.',
        en: 'The buyer has withdrawn the requirements for this test. Please contact the buyer.',
        de: 'Der Rechnungsempfänger hat die Anforderungen für diesen Test zurückgezogen. Bitte wenden Sie sich an den Rechnungsempfänger.',
        fr: 'Votre client a retiré les exigences de ce test. Veuillez contacter votre client.',
      },
    },
  },
  profile_invalid: {
    status: 400,
    description: 'The profile breaks the schema or a semantic rule; `errors` lists each.',
    nl: 'Het profiel heeft {{count}} problemen; zie "errors" (per probleem de plek als JSON Pointer en wat er mis is).',
    en: 'The profile has {{count}} problems; see "errors" (each with its place as a JSON Pointer and what is wrong).',
    de: 'Das Profil hat {{count}} Probleme; siehe "errors" (jeweils mit der Stelle als JSON Pointer und was falsch ist).',
    fr: 'Le profil a {{count}} problèmes ; voir "errors" (chacun avec son emplacement en JSON Pointer et ce qui ne va pas).',
    variants: {
      one: {
        nl: 'Het profiel heeft 1 probleem; zie "errors" (per probleem de plek als JSON Pointer en wat er mis is).',
        en: 'The profile has 1 problem; see "errors" (each with its place as a JSON Pointer and what is wrong).',
        de: 'Das Profil hat 1 Problem; siehe "errors" (jeweils mit der Stelle als JSON Pointer und was falsch ist).',
        fr: 'Le profil a 1 problème ; voir "errors" (chacun avec son emplacement en JSON Pointer et ce qui ne va pas).',
      },
    },
  },
  profile_not_found: {
    status: 404,
    description: "No such profile, or another buyer's (400 when a run names it, with the known `presets`).",
    nl: 'Dit profiel bestaat niet (of is niet van u).',
    en: 'This profile does not exist (or is not yours).',
    de: 'Dieses Profil gibt es nicht (oder es gehört nicht Ihnen).',
    fr: 'Ce profil n’existe pas (ou ne vous appartient pas).',
    variants: {
      preset: {
        nl: 'Er is geen standaardprofiel "{{id}}".',
        en: 'There is no preset "{{id}}".',
        de: 'Es gibt keine Vorlage "{{id}}".',
        fr: 'Il n’y a pas de modèle "{{id}}".',
      },
      named_by_run: {
        status: 400,
        nl: 'Er is geen profiel "{{id}}". Bekende standaardprofielen: {{presets}}.',
        en: 'There is no profile "{{id}}". Known presets: {{presets}}.',
        de: 'Es gibt kein Profil "{{id}}". Bekannte Vorlagen: {{presets}}.',
        fr: 'Il n’y a pas de profil "{{id}}". Modèles connus : {{presets}}.',
      },
    },
  },
  profile_version_not_found: {
    status: 404,
    description: 'No such version of the profile.',
    nl: 'Deze versie van het profiel bestaat niet (of het profiel is niet van u).',
    en: 'This version of the profile does not exist (or the profile is not yours).',
    de: 'Diese Version des Profils gibt es nicht (oder das Profil gehört nicht Ihnen).',
    fr: 'Cette version du profil n’existe pas (ou le profil ne vous appartient pas).',
  },
  queue_full: {
    status: 503,
    description: 'Too many runs are waiting; try again after `Retry-After` seconds.',
    nl: 'Er staan op dit moment te veel controles in de wachtrij. Probeer het over een minuut opnieuw.',
    en: 'Too many checks are waiting right now. Please try again in a minute.',
    de: 'Gerade warten zu viele Prüfungen. Bitte versuchen Sie es in einer Minute erneut.',
    fr: 'Trop de contrôles sont en attente en ce moment. Veuillez réessayer dans une minute.',
  },
  rate_limited: {
    status: 429,
    description: 'Too many requests for this key or address; see `Retry-After`.',
    nl: 'Te veel verzoeken vanaf dit adres. Probeer het over {{seconds}} seconden opnieuw.',
    en: 'Too many requests from this address. Try again in {{seconds}} seconds.',
    de: 'Zu viele Anfragen von dieser Adresse. Versuchen Sie es in {{seconds}} Sekunden erneut.',
    fr: 'Trop de requêtes depuis cette adresse. Réessayez dans {{seconds}} secondes.',
    variants: {
      per_key: {
        nl: 'Te veel verzoeken met deze API-sleutel. Probeer het over {{seconds}} seconden opnieuw.',
        en: 'Too many requests with this API key. Try again in {{seconds}} seconds.',
        de: 'Zu viele Anfragen mit diesem API-Schlüssel. Versuchen Sie es in {{seconds}} Sekunden erneut.',
        fr: 'Trop de requêtes avec cette clé d’API. Réessayez dans {{seconds}} secondes.',
      },
    },
  },
  request_invalid: {
    status: 400,
    description:
      'A parameter or body breaks the OpenAPI document; `errors` lists each (`in`, `name`, `pointer`).',
    nl: 'Het verzoek klopt niet met de API-beschrijving (/api/openapi.json): {{count}} problemen, zie "errors".',
    en: 'The request does not match the API description (/api/openapi.json): {{count}} problems, see "errors".',
    de: 'Die Anfrage entspricht nicht der API-Beschreibung (/api/openapi.json): {{count}} Probleme, siehe "errors".',
    fr: 'La requête ne correspond pas à la description de l’API (/api/openapi.json) : {{count}} problèmes, voir "errors".',
    variants: {
      one: {
        nl: 'Het verzoek klopt niet met de API-beschrijving (/api/openapi.json): 1 probleem, zie "errors".',
        en: 'The request does not match the API description (/api/openapi.json): 1 problem, see "errors".',
        de: 'Die Anfrage entspricht nicht der API-Beschreibung (/api/openapi.json): 1 Problem, siehe "errors".',
        fr: 'La requête ne correspond pas à la description de l’API (/api/openapi.json) : 1 problème, voir "errors".',
      },
    },
  },
  review_invalid: {
    status: 400,
    description:
      'The review breaks a rule (decision `approved` or `rejected`, comment up to 2000 characters); `errors` lists each.',
    nl: '{{problems}}',
    en: '{{problems}}',
    de: '{{problems}}',
    fr: '{{problems}}',
  },
  run_erased: {
    status: 410,
    description: "The run's file and report were erased (on request or after the retention period).",
    nl: 'Het bestand en het rapport van deze controle zijn gewist.',
    en: 'The file and report of this run have been erased.',
    de: 'Die Datei und der Bericht dieser Prüfung wurden gelöscht.',
    fr: 'Le fichier et le rapport de ce contrôle ont été effacés.',
  },
  run_not_finished: {
    status: 409,
    description: 'The run is still queued or running.',
    nl: 'Deze controle loopt nog. Wis haar als ze klaar is.',
    en: 'This run is still going. Erase it once it has finished.',
    de: 'Diese Prüfung läuft noch. Löschen Sie sie, wenn sie abgeschlossen ist.',
    fr: 'Ce contrôle est encore en cours. Effacez-le une fois terminé.',
    variants: {
      report: {
        nl: 'Deze controle is nog niet klaar; het rapport volgt als ze klaar is.',
        en: 'This run has not finished yet; the report follows when it has.',
        de: 'Diese Prüfung ist noch nicht abgeschlossen; der Bericht folgt, sobald sie es ist.',
        fr: 'Ce contrôle n’est pas encore terminé ; le rapport suivra dès qu’il le sera.',
      },
      page_images: {
        nl: 'Deze controle is nog niet klaar; de pagina-afbeeldingen volgen als ze klaar is.',
        en: 'This run has not finished yet; the page images follow when it has.',
        de: 'Diese Prüfung ist noch nicht abgeschlossen; die Seitenbilder folgen, sobald sie es ist.',
        fr: 'Ce contrôle n’est pas encore terminé ; les images des pages suivront dès qu’il le sera.',
      },
    },
  },
  run_not_found: {
    status: 404,
    description: "No such run (or, with a key, another buyer's).",
    nl: 'Deze controle bestaat niet (meer). Controleer het adres.',
    en: 'This run does not exist (any more). Check the address.',
    de: 'Diese Prüfung gibt es nicht (mehr). Prüfen Sie die Adresse.',
    fr: 'Ce contrôle n’existe pas (ou plus). Vérifiez l’adresse.',
  },
  run_not_reviewable: {
    status: 409,
    description: 'Only a completed run with verdict `accepted` can be approved or rejected.',
    nl: 'Alleen een proeffactuur die door de controle kwam, kunt u goedkeuren of afwijzen.',
    en: 'Only a sample that passed the check can be approved or rejected.',
    de: 'Nur eine Probe, die die Prüfung bestanden hat, kann freigegeben oder abgelehnt werden.',
    fr: 'Seule une facture test qui a réussi le contrôle peut être approuvée ou refusée.',
  },
  session_ended: {
    status: 401,
    description:
      'The session cookie names no live session: it expired, was signed out, or the key or user it was opened with no longer works.',
    nl: 'U bent niet meer ingelogd: uw sessie is verlopen of beëindigd. Log opnieuw in.',
    en: 'You are no longer signed in: your session has expired or ended. Please sign in again.',
    de: 'Sie sind nicht mehr angemeldet: Ihre Sitzung ist abgelaufen oder wurde beendet. Bitte melden Sie sich erneut an.',
    fr: 'Vous n’êtes plus connecté : votre session a expiré ou a pris fin. Veuillez vous reconnecter.',
  },
  sign_in_failed: {
    status: 401,
    description: 'The e-mail address or the password is wrong.',
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The e-mail address or the password is not right.',
    de: 'Die E-Mail-Adresse oder das Passwort ist nicht richtig.',
    fr: 'L’adresse e-mail ou le mot de passe n’est pas correct.',
  },
  sign_in_incomplete: {
    status: 400,
    description: 'A sign-in needs an `apiKey`, or an `email` and a `password`.',
    nl: 'Vul uw API-sleutel in, of uw e-mailadres en wachtwoord.',
    en: 'Fill in your API key, or your e-mail address and password.',
    de: 'Geben Sie Ihren API-Schlüssel ein, oder Ihre E-Mail-Adresse und Ihr Passwort.',
    fr: 'Saisissez votre clé d’API, ou votre adresse e-mail et votre mot de passe.',
  },
  storage_full: {
    status: 503,
    description:
      'The server has no room to store the upload (disk or database full); nothing was stored. Retry after `Retry-After` seconds.',
    nl: 'Wij kunnen uw bestand op dit moment niet opslaan. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.',
    en: 'We cannot store your file right now. Nothing was stored. Please try again in a few minutes.',
    de: 'Wir können Ihre Datei gerade nicht speichern. Es wurde nichts gespeichert. Bitte versuchen Sie es in einigen Minuten erneut.',
    fr: 'Nous ne pouvons pas enregistrer votre fichier pour le moment. Rien n’a été enregistré. Veuillez réessayer dans quelques minutes.',
  },
  too_many_active_runs: {
    status: 429,
    description: 'The buyer has as many queued and running runs as its limit; see `Retry-After`.',
    nl: 'U heeft al {{limit}} controles in de wachtrij of in behandeling, het maximum. Wacht tot er een klaar is.',
    en: 'You already have {{limit}} runs queued or running, the limit. Wait until one has finished.',
    de: 'Sie haben bereits {{limit}} Prüfungen in der Warteschlange oder in Arbeit, die Obergrenze. Warten Sie, bis eine abgeschlossen ist.',
    fr: 'Vous avez déjà {{limit}} contrôles en attente ou en cours, la limite. Attendez qu’un contrôle soit terminé.',
  },
  too_many_attempts: {
    status: 429,
    description:
      'Too many failed sign-ins for this e-mail address or client address in 15 minutes; see `retryAfterSeconds`.',
    nl: 'Te veel mislukte pogingen om in te loggen. Probeer het over {{minutes}} minuten opnieuw.',
    en: 'Too many failed sign-in attempts. Try again in {{minutes}} minutes.',
    de: 'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{minutes}} Minuten erneut.',
    fr: 'Trop de tentatives de connexion échouées. Réessayez dans {{minutes}} minutes.',
    variants: {
      busy: {
        nl: 'Er wordt op dit moment al vaak ingelogd voor dit account of vanaf dit adres. Probeer het over {{seconds}} seconden opnieuw.',
        en: 'Many sign-ins for this account or from this address are already in progress. Try again in {{seconds}} seconds.',
        de: 'Für dieses Konto oder von dieser Adresse laufen bereits viele Anmeldungen. Versuchen Sie es in {{seconds}} Sekunden erneut.',
        fr: 'De nombreuses connexions à ce compte ou depuis cette adresse sont déjà en cours. Réessayez dans {{seconds}} secondes.',
      },
    },
  },
  too_many_files: {
    status: 400,
    description: 'More than one file was uploaded.',
    nl: 'Upload één bestand tegelijk: één factuur per controle.',
    en: 'Upload one file at a time: one invoice per check.',
    de: 'Laden Sie jeweils eine Datei hoch: eine Rechnung pro Prüfung.',
    fr: 'Envoyez un seul fichier à la fois : une facture par contrôle.',
  },
  unexpected_file_field: {
    status: 400,
    description: 'The file was sent in another field than `file`.',
    nl: 'Het bestand moet in het formulierveld "file" staan (niet "{{field}}"), en er mag maar één bestand zijn.',
    en: 'Send the file in the form field "file" (not "{{field}}"), and only one file.',
    de: 'Senden Sie die Datei im Formularfeld "file" (nicht "{{field}}"), und nur eine Datei.',
    fr: 'Envoyez le fichier dans le champ de formulaire "file" (pas "{{field}}"), et un seul fichier.',
  },
  upload_stalled: {
    status: 408,
    description: 'Nothing of the upload arrived for `UPLOAD_IDLE_SECONDS`; the partial file was removed.',
    nl: 'Uw bestand kwam niet verder binnen: {{seconds}} seconden lang kwam er niets aan. Er is niets opgeslagen. Probeer het opnieuw.',
    en: 'Your file stopped arriving: nothing came for {{seconds}} seconds. Nothing was stored. Please try again.',
    de: 'Ihre Datei kam nicht mehr an: {{seconds}} Sekunden lang kam nichts. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut.',
    fr: 'Votre fichier a cessé d’arriver : rien n’est venu pendant {{seconds}} secondes. Rien n’a été enregistré. Veuillez réessayer.',
  },
  url_invalid: {
    status: 400,
    description: 'A callback or webhook URL is not an http(s) URL without credentials.',
    nl: '"{{field}}" is geen bruikbaar adres: {{reason}}',
    en: '"{{field}}" is not a usable URL: {{reason}}',
    de: '"{{field}}" ist keine verwendbare URL: {{reason}}',
    fr: '"{{field}}" n’est pas une URL utilisable : {{reason}}',
  },
  url_not_allowed: {
    status: 400,
    description:
      'In production mode, a callback or webhook URL may not point at a private, loopback or link-local address.',
    nl: '"{{field}}" mag niet naar dit adres wijzen: {{reason}}',
    en: '"{{field}}" may not point at this address: {{reason}}',
    de: '"{{field}}" darf nicht auf diese Adresse zeigen: {{reason}}',
    fr: '"{{field}}" ne peut pas pointer vers cette adresse : {{reason}}',
  },
  webhook_not_found: {
    status: 404,
    description: "No such webhook, or another buyer's.",
    nl: 'Deze webhook bestaat niet (of is niet van u).',
    en: 'This webhook does not exist (or is not yours).',
    de: 'Diesen Webhook gibt es nicht (oder er gehört nicht Ihnen).',
    fr: 'Ce webhook n’existe pas (ou ne vous appartient pas).',
  },
  outbox_message_not_found: {
    status: 404,
    description: "No such message in the outbox, or another buyer's.",
    nl: 'Dit bericht staat niet in uw postvak uit (of is niet van u).',
    en: 'This message is not in your outbox (or is not yours).',
    de: 'Diese Nachricht ist nicht in Ihrem Postausgang (oder gehört nicht Ihnen).',
    fr: 'Ce message n’est pas dans votre boîte d’envoi (ou ne vous appartient pas).',
  },
  certificate_unavailable: {
    status: 409,
    description:
      'A test certificate exists only for a completed, accepted run of a buyer that the buyer did not reject, and whose file is not erased.',
    nl: 'Voor deze proeffactuur is geen testcertificaat te krijgen: alleen een voorbeeldfactuur die door de controle kwam (en niet door de ontvanger is afgewezen) krijgt er een.',
    en: 'There is no test certificate for this sample: only a sample that passed the check (and was not rejected by the recipient) gets one.',
    de: 'Für diese Probe gibt es kein Prüfzertifikat: Nur eine Probe, die die Prüfung bestanden hat (und vom Empfänger nicht abgelehnt wurde), erhält eines.',
    fr: 'Il n’y a pas de certificat de test pour cette facture test : seule une facture test qui a réussi le contrôle (et n’a pas été refusée par le destinataire) en reçoit un.',
  },
  certificate_unreadable: {
    status: 400,
    description: 'The uploaded file is not a test certificate (its JSON, its PDF or a bare JWS).',
    nl: 'Dit bestand is geen testcertificaat van Proeffactuur. Upload het certificaat als JSON- of PDF-bestand, zoals u het hebt gedownload.',
    en: 'This file is not a Proeffactuur test certificate. Upload the certificate as the JSON or PDF file you downloaded.',
    de: 'Diese Datei ist kein Prüfzertifikat von Proeffactuur. Laden Sie das Zertifikat als die JSON- oder PDF-Datei hoch, die Sie heruntergeladen haben.',
    fr: 'Ce fichier n’est pas un certificat de test Proeffactuur. Envoyez le certificat sous forme du fichier JSON ou PDF que vous avez téléchargé.',
  },
  samples_incomplete: {
    status: 409,
    description:
      'The profile asks for more distinct passing samples (`delivery.samplesRequired`) before a sample can be approved.',
    nl: 'Nog niet genoeg voorbeeldfacturen geslaagd: {{passed}} van {{required}}. De leverancier moet eerst {{required}} verschillende voorbeeldfacturen (elk met een eigen factuurnummer) laten slagen.',
    en: 'Not enough sample invoices have passed yet: {{passed}} of {{required}}. The supplier must first pass {{required}} different sample invoices (each with its own invoice number).',
    de: 'Noch nicht genug Probe-Rechnungen haben bestanden: {{passed}} von {{required}}. Der Lieferant muss zuerst {{required}} verschiedene Probe-Rechnungen bestehen (jede mit eigener Rechnungsnummer).',
    fr: 'Pas encore assez de factures test réussies : {{passed}} sur {{required}}. Le fournisseur doit d’abord réussir {{required}} factures test différentes (chacune avec son propre numéro de facture).',
  },
} as const satisfies Record<string, ErrorEntry>;

/**
 * Texts that fill an error's placeholders or its `errors` list: why an URL is refused
 * (`url.*`), one problem with an invitation, review or inventory (`invitation.*`, `review.*`,
 * `inventory.*`).
 */
export const DETAIL_TEXTS = {
  'url.too-long': {
    nl: 'langer dan 2000 tekens.',
    en: 'longer than 2,000 characters.',
    de: 'länger als 2.000 Zeichen.',
    fr: 'plus de 2 000 caractères.',
  },
  'url.not-a-url': {
    nl: 'schrijf een volledig adres, zoals https://voorbeeld.nl/webhook.',
    en: 'write a full URL, such as https://example.com/webhook.',
    de: 'schreiben Sie eine vollständige URL, zum Beispiel https://example.com/webhook.',
    fr: 'écrivez une URL complète, par exemple https://example.com/webhook.',
  },
  'url.scheme': {
    nl: 'alleen http en https zijn mogelijk.',
    en: 'only http and https are possible.',
    de: 'nur http und https sind möglich.',
    fr: 'seuls http et https sont possibles.',
  },
  'url.credentials': {
    nl: 'zet geen gebruikersnaam of wachtwoord in het adres; controleer de handtekening in plaats daarvan.',
    en: 'put no user name or password in the URL; verify the signature instead.',
    de: 'setzen Sie keinen Benutzernamen und kein Passwort in die URL; prüfen Sie stattdessen die Signatur.',
    fr: 'ne mettez ni nom d’utilisateur ni mot de passe dans l’URL ; vérifiez plutôt la signature.',
  },
  'url.private': {
    nl: 'het is een intern, lokaal of privé-netwerkadres. Gebruik een adres dat vanaf internet bereikbaar is.',
    en: 'it is an internal, loopback or private network address. Use an address reachable from the internet.',
    de: 'es ist eine interne, Loopback- oder private Netzwerkadresse. Verwenden Sie eine aus dem Internet erreichbare Adresse.',
    fr: 'c’est une adresse interne, de bouclage ou de réseau privé. Utilisez une adresse joignable depuis Internet.',
  },
  'url.unresolved': {
    nl: 'de naam {{host}} bestaat niet (DNS).',
    en: 'the name {{host}} does not resolve (DNS).',
    de: 'der Name {{host}} lässt sich nicht auflösen (DNS).',
    fr: 'le nom {{host}} ne se résout pas (DNS).',
  },
  'invitation.supplier-name-missing': {
    nl: 'Vul de naam van de leverancier in.',
    en: 'Fill in the supplier’s name.',
    de: 'Geben Sie den Namen des Lieferanten ein.',
    fr: 'Saisissez le nom du fournisseur.',
  },
  'invitation.supplier-name-too-long': {
    nl: 'De naam van de leverancier is langer dan {{max}} tekens; kort hem in.',
    en: 'The supplier’s name is longer than {{max}} characters; shorten it.',
    de: 'Der Name des Lieferanten ist länger als {{max}} Zeichen; kürzen Sie ihn.',
    fr: 'Le nom du fournisseur dépasse {{max}} caractères ; raccourcissez-le.',
  },
  'invitation.supplier-email-missing': {
    nl: 'Vul het e-mailadres van de leverancier in, bijvoorbeeld administratie@leverancier.nl.',
    en: 'Fill in the supplier’s e-mail address, e.g. administratie@leverancier.nl.',
    de: 'Geben Sie die E-Mail-Adresse des Lieferanten ein, z. B. administratie@leverancier.nl.',
    fr: 'Saisissez l’adresse e-mail du fournisseur, par ex. administratie@leverancier.nl.',
  },
  'invitation.language': {
    nl: 'Kies de taal van de uitnodiging: Nederlands (nl), Engels (en), Duits (de) of Frans (fr).',
    en: 'Choose the language of the invitation: Dutch (nl), English (en), German (de) or French (fr).',
    de: 'Wählen Sie die Sprache der Einladung: Niederländisch (nl), Englisch (en), Deutsch (de) oder Französisch (fr).',
    fr: 'Choisissez la langue de l’invitation : néerlandais (nl), anglais (en), allemand (de) ou français (fr).',
  },
  'invitation.profile-missing': {
    nl: 'Kies een van uw (niet-gearchiveerde) profielen om tegen te testen.',
    en: 'Choose one of your (not archived) profiles to test against.',
    de: 'Wählen Sie eines Ihrer (nicht archivierten) Profile, gegen das getestet wird.',
    fr: 'Choisissez l’un de vos profils (non archivés) pour le test.',
  },
  'invitation.expiry-days': {
    nl: 'De geldigheid van de link is een heel aantal dagen van 1 tot {{max}}.',
    en: 'The link’s lifetime is a whole number of days from 1 to {{max}}.',
    de: 'Die Gültigkeit des Links ist eine ganze Zahl von Tagen von 1 bis {{max}}.',
    fr: 'La durée de validité du lien est un nombre entier de jours de 1 à {{max}}.',
  },
  'review.decision': {
    nl: 'Het besluit is "approved" (goedgekeurd) of "rejected" (afgewezen).',
    en: 'The decision is "approved" or "rejected".',
    de: 'Die Entscheidung ist "approved" (freigegeben) oder "rejected" (abgelehnt).',
    fr: 'La décision est "approved" (approuvée) ou "rejected" (refusée).',
  },
  'review.comment-too-long': {
    nl: 'Een toelichting heeft hoogstens {{max}} tekens.',
    en: 'A comment has at most {{max}} characters.',
    de: 'Eine Anmerkung hat höchstens {{max}} Zeichen.',
    fr: 'Un commentaire compte au plus {{max}} caractères.',
  },
  'inventory.software': {
    nl: 'Kies uw factuursoftware uit de lijst, of ‘Anders’.',
    en: 'Choose your invoicing software from the list, or “Other”.',
    de: 'Wählen Sie Ihr Rechnungsprogramm aus der Liste, oder „Anderes“.',
    fr: 'Choisissez votre logiciel de facturation dans la liste, ou « Autre ».',
  },
  'inventory.software-other': {
    nl: 'Vul de naam van uw factuursoftware in (hoogstens 100 tekens).',
    en: 'Fill in the name of your invoicing software (at most 100 characters).',
    de: 'Geben Sie den Namen Ihres Rechnungsprogramms ein (höchstens 100 Zeichen).',
    fr: 'Saisissez le nom de votre logiciel de facturation (100 caractères au plus).',
  },
  'inventory.handmade': {
    nl: 'Geef aan of u factuur-PDF’s met de hand maakt.',
    en: 'Say whether you make invoice PDFs by hand.',
    de: 'Geben Sie an, ob Sie Rechnungs-PDFs von Hand erstellen.',
    fr: 'Indiquez si vous créez vos factures PDF à la main.',
  },
  'certificate.valid': {
    nl: 'Het certificaat is echt: de handtekening klopt en de sleutel is geldig.',
    en: 'The certificate is genuine: the signature is correct and the key is valid.',
    de: 'Das Zertifikat ist echt: Die Signatur stimmt und der Schlüssel ist gültig.',
    fr: 'Le certificat est authentique : la signature est correcte et la clé est valide.',
  },
  'certificate.valid-with-sample': {
    nl: 'Het certificaat is echt en hoort bij deze voorbeeldfactuur: de handtekening, de sleutel en de vingerafdruk (sha256) van het bestand kloppen.',
    en: 'The certificate is genuine and belongs to this sample invoice: the signature, the key and the file’s fingerprint (sha256) all match.',
    de: 'Das Zertifikat ist echt und gehört zu dieser Probe-Rechnung: Die Signatur, der Schlüssel und der Fingerabdruck (sha256) der Datei stimmen.',
    fr: 'Le certificat est authentique et correspond à cette facture test : la signature, la clé et l’empreinte (sha256) du fichier concordent.',
  },
  'certificate.malformed': {
    nl: 'Dit certificaat is beschadigd of veranderd: het heeft niet de vorm van een ondertekend certificaat. Download het opnieuw.',
    en: 'This certificate is damaged or has been changed: it does not have the shape of a signed certificate. Download it again.',
    de: 'Dieses Zertifikat ist beschädigt oder verändert: Es hat nicht die Form eines signierten Zertifikats. Laden Sie es erneut herunter.',
    fr: 'Ce certificat est endommagé ou a été modifié : il n’a pas la forme d’un certificat signé. Téléchargez-le à nouveau.',
  },
  'certificate.file-changed': {
    nl: 'Dit certificaatbestand is na het ondertekenen veranderd. Vertrouw het niet; download het opnieuw.',
    en: 'This certificate file was changed after it was signed. Do not trust it; download it again.',
    de: 'Diese Zertifikatsdatei wurde nach dem Signieren verändert. Vertrauen Sie ihr nicht; laden Sie sie erneut herunter.',
    fr: 'Ce fichier de certificat a été modifié après sa signature. Ne vous y fiez pas ; téléchargez-le à nouveau.',
  },
  'certificate.bad-signature': {
    nl: 'De handtekening klopt niet: het certificaat is veranderd of vervalst. Vertrouw het niet.',
    en: 'The signature does not match: the certificate has been changed or forged. Do not trust it.',
    de: 'Die Signatur stimmt nicht: Das Zertifikat wurde verändert oder gefälscht. Vertrauen Sie ihm nicht.',
    fr: 'La signature ne correspond pas : le certificat a été modifié ou falsifié. Ne vous y fiez pas.',
  },
  'certificate.unknown-key': {
    nl: 'Het certificaat is ondertekend met een sleutel ({{kid}}) die deze dienst niet kent. Het komt niet van hier of is vervalst.',
    en: 'The certificate was signed with a key ({{kid}}) this service does not know. It does not come from here or is forged.',
    de: 'Das Zertifikat wurde mit einem Schlüssel ({{kid}}) signiert, den dieser Dienst nicht kennt. Es stammt nicht von hier oder ist gefälscht.',
    fr: 'Le certificat a été signé avec une clé ({{kid}}) que ce service ne connaît pas. Il ne vient pas d’ici ou il est falsifié.',
  },
  'certificate.revoked-key': {
    nl: 'De sleutel ({{kid}}) waarmee dit certificaat is ondertekend, is op {{date}} ingetrokken. Het certificaat geldt niet meer; vraag een nieuw aan.',
    en: 'The key ({{kid}}) that signed this certificate was revoked on {{date}}. The certificate no longer counts; ask for a new one.',
    de: 'Der Schlüssel ({{kid}}), mit dem dieses Zertifikat signiert wurde, wurde am {{date}} widerrufen. Das Zertifikat gilt nicht mehr; fordern Sie ein neues an.',
    fr: 'La clé ({{kid}}) qui a signé ce certificat a été révoquée le {{date}}. Le certificat n’est plus valable ; demandez-en un nouveau.',
  },
  'certificate.sample-mismatch': {
    nl: 'Het certificaat is echt, maar hoort niet bij dit bestand: de vingerafdruk (sha256) van het bestand verschilt van die in het certificaat.',
    en: 'The certificate is genuine but does not belong to this file: the file’s fingerprint (sha256) differs from the one in the certificate.',
    de: 'Das Zertifikat ist echt, gehört aber nicht zu dieser Datei: Der Fingerabdruck (sha256) der Datei weicht von dem im Zertifikat ab.',
    fr: 'Le certificat est authentique mais ne correspond pas à ce fichier : l’empreinte (sha256) du fichier diffère de celle du certificat.',
  },
} as const satisfies Record<string, LocalizedText>;
