/**
 * The API's request and answer shapes, generated from the OpenAPI document (`/api/openapi.json`) by
 * `npm run client:types` (openapi-typescript). Do not edit: change the contracts the document is
 * built from, then regenerate. `test/client/api-types.test.ts` fails when this file is stale.
 */

export interface paths {
    readonly "/health": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Liveness
         * @description The process answers (no database is read). For a liveness probe: restart the process when this fails. Rate-limited per address like other requests without a key.
         */
        readonly get: operations["health"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/ready": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Readiness
         * @description Whether this process should get traffic: the database answers, its schema is current, the pipeline pool has workers, and it is not shutting down (after SIGTERM it answers 503 at once). The body names each check; `503` names what is not ready. For a readiness probe or a load balancer.
         */
        readonly get: operations["ready"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/metrics": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description The Prometheus text format: runs by status and verdict, stage and run durations, queue depth, OCR pages, webhook deliveries, e-mails, upload refusals by code, and the process metrics. Labels never carry ids, names or addresses. Answered to requests from the machine itself that came through no proxy (no `Forwarded` / `X-Forwarded-For` / `X-Real-IP` header), and to any request with `Authorization: Bearer <METRICS_TOKEN>` when that is set; others get `403 metrics_forbidden`.
         */
        readonly get: operations["metrics"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/openapi.json": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** This document */
        readonly get: operations["openapi"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/docs": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Browsable API reference */
        readonly get: operations["docs"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The buyer's runs
         * @description Newest first; filter by profile, verdict, status and creation time; page with `cursor`.
         */
        readonly get: operations["listRuns"];
        readonly put?: never;
        /**
         * Submit a sample invoice
         * @description Stores the file and a queued run. `202` at once, or with `?wait=N` `201` once it finished. A run against a preset needs no key; with a key (scope `runs:write`) the run belongs to the buyer: listed, deletable with the key, and its events go to the buyer’s webhooks. Per buyer: an upload-size limit (`413 file_too_large`) and a limit on queued plus running runs (`429 too_many_active_runs`).
         */
        readonly post: operations["submitRun"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A run: status, verdict and report
         * @description Readable by its unguessable id. With a key, another buyer's run is `404`. An erased run has only its id, status, times and verdict.
         */
        readonly get: operations["getRun"];
        readonly put?: never;
        readonly post?: never;
        /**
         * Erase a run's file, page images and report
         * @description The uploaded file (unless another run still uses the same file), page images and report are erased; the run keeps its id, times and verdict. A buyer's run needs its key (`runs:write`); a run without a buyer is erased by whoever has its id. Idempotent.
         */
        readonly delete: operations["deleteRun"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}/report.html": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The report as a printable HTML page
         * @description Self-contained (no scripts, no external resources), escaped, printable. In Dutch, German or French with `?lang=nl|de|fr` or `Accept-Language` (`de-DE`, `fr-BE`, … count; quality values honoured); English otherwise.
         */
        readonly get: operations["getRunReportHtml"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}/pages/{file}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A page of the run as an image, with boxes
         * @description Page n (1-based) of the uploaded file rendered as PNG at about 100 DPI, with blue boxes around the fields the buyer’s software read and red boxes around the problems found on that page. `?boxes=none` gives the plain page. Same access as `GET /api/runs/{id}`. `404 page_image_unavailable` when there is no such page (or the file has no pages, e.g. XML), `409 run_not_finished` while the run is queued or running, `410 run_erased` after erasure.
         */
        readonly get: operations["getRunPageImage"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/presets": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The preset profiles */
        readonly get: operations["listPresets"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/presets/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A whole preset */
        readonly get: operations["getPreset"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/checks": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The checks a profile can name */
        readonly get: operations["listChecks"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/schema/profile": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The acceptance-profile JSON Schema */
        readonly get: operations["getProfileSchema"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/profiles/validate": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Validate a profile without saving
         * @description No key needed. With `?profile=<id>` and the owner's key it judges the document as a new version of that profile.
         */
        readonly post: operations["validateProfile"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/profiles/preview": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Check a sample against an unsaved profile
         * @description The profile editor’s live preview: the sample in `file` is checked against the profile in the form field `profile` (a JSON document, validated as `POST /api/profiles/validate` does), within the buyer’s upload limits. Answers the finished run (waits up to `?wait` seconds, default 60); the run is then erased, so neither file nor report is kept.
         */
        readonly post: operations["previewProfile"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/profiles": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The buyer's profiles */
        readonly get: operations["listProfiles"];
        readonly put?: never;
        /** Store a new profile (version 1) */
        readonly post: operations["createProfile"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/profiles/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The latest version of a profile */
        readonly get: operations["getProfile"];
        /** Store a new version */
        readonly put: operations["updateProfile"];
        readonly post?: never;
        /** Archive a profile */
        readonly delete: operations["archiveProfile"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/profiles/{id}/versions/{version}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** One version of a profile, as it was */
        readonly get: operations["getProfileVersion"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/webhooks": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The buyer's webhooks */
        readonly get: operations["listWebhooks"];
        readonly put?: never;
        /**
         * Register a webhook
         * @description The answer carries the signing `secret`, once. In production mode the URL may not point at a private, loopback or link-local address (checked now and at every delivery, after resolving the name).
         */
        readonly post: operations["createWebhook"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/webhooks/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A webhook */
        readonly get: operations["getWebhook"];
        readonly put?: never;
        readonly post?: never;
        /** Delete a webhook and its deliveries */
        readonly delete: operations["deleteWebhook"];
        readonly options?: never;
        readonly head?: never;
        /** Change a webhook (URL, events, description, enabled) */
        readonly patch: operations["updateWebhook"];
        readonly trace?: never;
    };
    readonly "/api/webhooks/{id}/deliveries": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A webhook's deliveries and their status */
        readonly get: operations["listWebhookDeliveries"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/outbox": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The buyer's outbox: e-mails sent or kept on its behalf
         * @description Invitations, reminders, notices and verdict replies, newest first, with their delivery state: `held` (no mail relay is configured: the message is kept here and nothing is sent), `pending` (waiting for its first attempt or a retry; `lastError` says why the last one failed), `sent`, `failed` (given up, or refused because the send queue was full). Only the buyer’s own messages.
         */
        readonly get: operations["listOutbox"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/outbox/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * One message of the outbox
         * @description Another buyer's message is `404`, like one that does not exist.
         */
        readonly get: operations["getOutboxMessage"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/session": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Who is signed in
         * @description Always `200`: signed out is `{"signedIn": false}`. Signed in, the answer carries the CSRF token the page must send back.
         */
        readonly get: operations["getSession"];
        readonly put?: never;
        /**
         * Sign in to the buyer’s pages
         * @description Opens a browser session with an API key, or with a user’s e-mail address and password, and sets its cookie (`pf_session`, HttpOnly, SameSite=Strict); a session this browser had is closed. Refused from another site’s page (`403 cross_site_request`, by its `Origin`). After 10 failed attempts for one e-mail address, or 50 from one client address, within 15 minutes, sign-in answers `429 too_many_attempts` for a while, even with the right password.
         */
        readonly post: operations["signIn"];
        /**
         * Sign out
         * @description Closes the session (if any) and clears its cookie. Idempotent.
         */
        readonly delete: operations["signOut"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The buyer's invitations
         * @description Newest first, each with where its onboarding stands.
         */
        readonly get: operations["listInvitations"];
        readonly put?: never;
        /**
         * Invite a supplier
         * @description Creates an invitation to test sample invoices against one of the buyer’s stored profiles (its latest version at each upload). The answer carries the supplier’s private link, once. The invitation is e-mailed to `supplierEmail` (through the mail relay, or kept in the buyer’s outbox when none is configured), with a reminder after `INVITATION_REMINDER_DAYS` when nothing was tested.
         */
        readonly post: operations["createInvitation"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** An invitation and where it stands */
        readonly get: operations["getInvitation"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations/{id}/revoke": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Revoke an invitation's link
         * @description The link stops working at once (`404 invitation_unavailable` for the supplier). `POST /api/invitations/{id}/link` gives a new one.
         */
        readonly post: operations["revokeInvitation"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations/{id}/link": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * A new link for an invitation
         * @description The old link stops working; the new one (shown once) works for `expiresInDays`. Also re-opens a revoked or expired invitation. The body is optional.
         */
        readonly post: operations["renewInvitationLink"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations/{id}/master-data": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /**
         * Set the supplier's master data of an invitation
         * @description What the buyer’s vendor master holds for this supplier (name, VAT id, KvK, IBANs): every later sample is checked against it (`fields.seller-matches`). Replaces what was there; `null` or `{}` removes it. Runs made before keep the copy they were checked against.
         */
        readonly put: operations["setInvitationMasterData"];
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations/import": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Invite suppliers from a CSV list
         * @description Creates an invitation with master data for each row of a CSV file (the body, `text/csv`). The header row names the columns, in Dutch or English: `name` / `naam` and `email` / `e-mail` are required; `vat` / `btw`, `kvk`, `iban` and `language` / `taal` are optional (other columns are ignored). The delimiter is taken from the header line: `;` (as Dutch Excel writes it), `,` or tab; a UTF-8 byte-order mark is dropped, and a file that is not UTF-8 is read as Windows-1252. Several IBANs go in one cell, separated by `|` or `;` (quote the cell when `;` is the delimiter).
         *
         *     A row is refused, and the others created, when its e-mail address or an IBAN, VAT id or KvK number is invalid, or when its e-mail address or VAT id is already in an earlier row or already invited (links not revoked). Each created supplier gets the invitation e-mail. The answer lists every row.
         *
         *     At most 10,000 rows and 5 MB: a larger file is `413 import_too_large`, and a file without a usable header `400 import_invalid`, before anything is created. With `Accept: application/x-ndjson` the answer streams one JSON line per 100 rows (`{"type":"progress","done","total"}`) and ends with `{"type":"report","report"}`.
         */
        readonly post: operations["importSuppliers"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}/reviews": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A run's reviews
         * @description The buyer’s decisions on one of its runs, whether it can be reviewed, and the invitation it was made through (if any).
         */
        readonly get: operations["getRunReviews"];
        readonly put?: never;
        /**
         * Approve or reject a sample (or approve a failed one, with a reason)
         * @description A completed run with verdict `accepted` (after the invitation’s waivers) can be approved or rejected. A finished run of an invitation that did not pass (`rejected` or `undetermined`) can be approved all the same — an override — only with a reason in `comment` (`400 override_reason_required` without one); the review then has `override: true`. Anything else is `409 run_not_reviewable`. The last decision counts: an approval clears the supplier of the run’s invitation to send live invoices; a rejection sends it back to testing, with the comment. Every decision is written to the audit log. Emits `run.approved` or `run.rejected` to the buyer’s webhooks and the run’s callback. A read-only key gets `403`.
         */
        readonly post: operations["reviewRun"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invitations/{id}/waivers": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The checks waived for a supplier
         * @description Every waiver of the invitation, oldest first, removed and expired ones too (`active` tells).
         */
        readonly get: operations["listWaivers"];
        readonly put?: never;
        /**
         * Waive one check for one supplier
         * @description The check’s findings no longer count for this supplier’s verdict: its samples are judged without them (supplier page, run views, readiness for approval), and the supplier’s report shows them as “waived by the buyer” with the reason. Only a check the invitation’s profile uses (`400 waiver_check_unused` otherwise). A waiver with `until` stops applying then. Written to the audit log. A read-only key gets `403`.
         */
        readonly post: operations["createWaiver"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/waivers/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /**
         * Take a waiver back
         * @description The check counts again for the supplier at once. The waiver is kept, marked removed; removing it again changes nothing. Written to the audit log with the optional `reason`. A read-only key gets `403`.
         */
        readonly delete: operations["removeWaiver"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The audit log
         * @description Append-only: every approval, rejection and override of a sample, every waiver and its removal, every profile change (create, update, archive), API key change (create, revoke) and user change, with who, when, what and why. Newest first; filter by entity, action and time; page with `cursor`. A read-only key may read it.
         */
        readonly get: operations["listAudit"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}/events": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A run's live progress (Server-Sent Events)
         * @description A buyer's run needs its key or session; a run against a preset (no buyer) is readable by its id. Another buyer's run is `404`.
         */
        readonly get: operations["streamRunEvents"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/invoicing-software": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The invoicing software a supplier can choose
         * @description The list of the supplier’s inventory (`software` of `PUT /api/i/{token}/inventory`), with what each package can send besides a PDF and how. Cached for 5 minutes.
         */
        readonly get: operations["listInvoicingSoftware"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * What the supplier is asked, and its samples
         * @description Records the first opening (stage `opened`). An expired, revoked or unknown token is `404 invitation_unavailable`, without any data.
         */
        readonly get: operations["getSupplierInvitation"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/inventory": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /**
         * Tell how the supplier invoices
         * @description Replaces the earlier answers. The buyer sees them with the invitation.
         */
        readonly put: operations["saveInventory"];
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/runs": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Upload a sample invoice
         * @description Checks the file against the invitation’s profile (its latest version); the run belongs to the buyer and is listed with the invitation. Answers `202` at once: follow it with `GET /api/i/{token}/runs/{id}` (`?wait`) or its events. `409 profile_archived` when the buyer withdrew the profile.
         */
        readonly post: operations["submitSupplierRun"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/runs/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A sample’s run: status, verdict and report
         * @description Only runs made through this invitation; any other is `404 run_not_found`.
         */
        readonly get: operations["getSupplierRun"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/runs/{id}/events": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A sample's live progress (Server-Sent Events) */
        readonly get: operations["streamSupplierRunEvents"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/runs/{id}/pages/{file}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A page of a sample as an image, with boxes
         * @description The page rendered as PNG with boxes around the fields read and the problems found. `404 page_image_unavailable` when there is no such page, the file was erased, or this server renders no pages.
         */
        readonly get: operations["getSupplierPageImage"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/i/{token}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The supplier's page (HTML)
         * @description The link the buyer sends: the supplier’s page for a working token; for an expired, revoked or unknown one a short page (`404`, no data) that explains the link does not work and to ask for a new one. Not indexed by search engines.
         */
        readonly get: operations["invitationPage"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}/certificate": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A signed test certificate of a passing run
         * @description For a completed run with verdict `accepted` that the buyer did not reject (`409 certificate_unavailable` otherwise): the certificate as JSON (`format=json`, the default; its `certificate` member is a compact JWS signed with Ed25519, keys at `/.well-known/jwks.json`) or as a one-page PDF (`format=pdf`) for people, with a QR code of the verify page. The PDF embeds the JWS and is sealed, so the PDF alone verifies.
         */
        readonly get: operations["getRunCertificate"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/runs/{id}/certificate": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The supplier’s signed test certificate of a passing sample
         * @description As `GET /api/runs/{id}/certificate`, for a run made through this invitation.
         */
        readonly get: operations["getSupplierCertificate"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/certificates/verify": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Verify a test certificate
         * @description The body is the certificate file as downloaded (its JSON, its PDF, or the bare JWS; at most 2 MB). Checks the signature, the key (unknown or revoked keys fail) and that the file was not changed; with `sha256` (the sample’s, computed by the client so the sample need not be sent) also that the certificate belongs to that sample. A certificate that does not verify is a `200` with `valid: false` and the reason in Dutch and English; a body that is no certificate at all is `400 certificate_unreadable`.
         */
        readonly post: operations["verifyCertificate"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/.well-known/jwks.json": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The public keys of test certificates (JWKS)
         * @description The Ed25519 keys that verify certificates: the current one and those replaced by rotation. `revoked` (an extension member) lists keys that were revoked: what they signed no longer verifies.
         */
        readonly get: operations["getJwks"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/verify": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The public page that verifies a test certificate */
        readonly get: operations["verifyPage"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/runs/{id}/compare/{other}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * What changed between two tries
         * @description Two finished runs of this buyer: `{id}` the earlier try, `{other}` the later one. Findings matched by check id and location (page, field): `fixed` (only in the earlier), `new` (only in the later), `unchanged`; `fields` whose value changed. A run of another buyer is `404`; an unfinished run `409 run_not_finished`; an erased one `410 run_erased`.
         */
        readonly get: operations["compareRuns"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/i/{token}/runs/{id}/compare/{other}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * What changed between two of the supplier’s tries
         * @description As `GET /api/runs/{id}/compare/{other}`, for two runs made through this invitation.
         */
        readonly get: operations["compareSupplierRuns"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/compare": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The page that shows two tries side by side
         * @description Parameters in the fragment (not sent to the server): `#a=RUN&b=RUN` for a signed-in buyer, plus `&token=…` on the supplier’s side.
         */
        readonly get: operations["comparePage"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/stats": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Onboarding analytics: funnel, days to approval, failing checks, pass rate per profile
         * @description The figures of the buyer's dashboard, over the buyer's invitations (filter by profile and invitation date). Any key of the buyer may read them.
         */
        readonly get: operations["getOnboardingStats"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/stats/suppliers.csv": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The supplier list with status, as CSV
         * @description One row per invitation, newest first: invitation, supplier, e-mail address, profile, invited at, link opened at, tests, latest result, approved at, live from, status. Streamed; UTF-8 with a byte order mark (so Excel shows accents); cells separated by `;` (Dutch Excel) or, with `delimiter=comma`, by `,`; a cell that starts with `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet shows it as text instead of running it. Column titles and words in `lang`.
         */
        readonly get: operations["exportSuppliersCsv"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/run-sets": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Check one file against several profiles
         * @description One run per profile: repeat the form field `profile` (1 to 20; more is `400 too_many_profiles`, none is `400 no_profiles`; a profile named twice counts once). Each run goes through the same admission as `POST /api/runs` (size, active runs, bytes per day) and belongs to the key’s buyer, if a key is sent. The answer lists each run and the table: per profile its buyer, verdict and the findings that differ; the findings they all share once (`common`). `202` at once, or with `?wait=N` `201` once every run finished.
         */
        readonly post: operations["submitRunSet"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/run-sets/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A run set with its table
         * @description Each run’s status and verdict as they are now, and the findings that differ between the profiles. A set made with a key is read with that buyer’s key (another buyer gets `404`); a set of presets made without a key is read by its id.
         */
        readonly get: operations["getRunSet"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/supplier/sign-in": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * E-mail a supplier a sign-in link
         * @description Always `202` with the same answer, whether or not the address has invitations (no account enumeration). A one-time link, valid 15 minutes, is e-mailed only to an address with at least one live invitation; without a mail relay it is kept in the server’s outbox (no buyer’s outbox shows it). At most 5 links per address and 30 per client in 15 minutes (`429 too_many_attempts`).
         */
        readonly post: operations["requestSupplierSignIn"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/supplier/session": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Which supplier is signed in
         * @description Always `200`: signed out is `{"signedIn": false}`.
         */
        readonly get: operations["getSupplierSession"];
        readonly put?: never;
        /**
         * Sign a supplier in with its e-mailed link
         * @description Uses the link’s token once and opens a supplier session (cookie `pf_supplier`, HttpOnly, SameSite=Strict, 12 hours). A link used before is `410 sign_in_link_used`, an expired one `410 sign_in_link_expired`, an unknown one `404 sign_in_link_invalid`.
         */
        readonly post: operations["supplierSignIn"];
        /**
         * Sign a supplier out
         * @description Closes the supplier session (if any) and clears its cookie. Idempotent.
         */
        readonly delete: operations["supplierSignOut"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/supplier/invitations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Every live invitation to the signed-in supplier, from all buyers
         * @description The invitations addressed to the session’s e-mail address whose link still works: buyer, profile, stage, samples passed of required, the latest verdict.
         */
        readonly get: operations["listSupplierInvitations"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/supplier/invitations/{id}/link": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * A link to one of the supplier’s invitation pages
         * @description A private link (`/i/<token>`) to the invitation’s page that works until the session ends; the link the buyer sent keeps working. Another supplier’s invitation is `404`, like one that does not exist.
         */
        readonly post: operations["openSupplierInvitation"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/supplier/run-sets": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Test one file against several of the supplier’s invitations
         * @description Names the invitations in the query (`invitations=inv_a,inv_b`, 1 to 20), so each invitation’s buyer admits the upload before it is read. One run per invitation, made through it and counted for it as an upload on its page. Answers `202` with the set; read it back with `GET /api/supplier/run-sets/{id}` as the runs finish.
         */
        readonly post: operations["submitSupplierRunSet"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/supplier/run-sets/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * A supplier’s run set with its table
         * @description Only the session’s own sets; any other is `404 run_set_not_found`.
         */
        readonly get: operations["getSupplierRunSet"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
}
export interface webhooks {
    readonly "run.completed": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * A run finished (any final status: see `status` and `verdict`)
         * @description Signed with HMAC-SHA256. The header `Proeffactuur-Signature: t=<unix seconds>,v1=<hex>` carries the time of the attempt and `hex(HMAC-SHA256(secret, "<t>.<raw body>"))`. Verify it over the raw body before parsing, compare in constant time, and refuse a `t` more than 300 seconds from your clock (replays); the event `id` stays the same across retries, so keep the ids you handled. Answer 2xx within the time-out (10 s by default); anything else is retried with exponential back-off. Headers also carry `Proeffactuur-Event` and `Proeffactuur-Delivery`.
         *
         *     ```js
         *     import { createHmac, timingSafeEqual } from 'node:crypto';
         *     function verify(rawBody, header, secret, toleranceSeconds = 300) {
         *       const { t, v1 } = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
         *       if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
         *       const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
         *       const given = Buffer.from(v1 ?? '', 'hex');
         *       return given.length === expected.length && timingSafeEqual(given, expected);
         *     }
         *     ```
         */
        readonly post: operations["event_run_completed"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "run.approved": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * The buyer approved a sample
         * @description Signed with HMAC-SHA256. The header `Proeffactuur-Signature: t=<unix seconds>,v1=<hex>` carries the time of the attempt and `hex(HMAC-SHA256(secret, "<t>.<raw body>"))`. Verify it over the raw body before parsing, compare in constant time, and refuse a `t` more than 300 seconds from your clock (replays); the event `id` stays the same across retries, so keep the ids you handled. Answer 2xx within the time-out (10 s by default); anything else is retried with exponential back-off. Headers also carry `Proeffactuur-Event` and `Proeffactuur-Delivery`.
         *
         *     ```js
         *     import { createHmac, timingSafeEqual } from 'node:crypto';
         *     function verify(rawBody, header, secret, toleranceSeconds = 300) {
         *       const { t, v1 } = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
         *       if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
         *       const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
         *       const given = Buffer.from(v1 ?? '', 'hex');
         *       return given.length === expected.length && timingSafeEqual(given, expected);
         *     }
         *     ```
         */
        readonly post: operations["event_run_approved"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "run.rejected": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * The buyer rejected a sample
         * @description Signed with HMAC-SHA256. The header `Proeffactuur-Signature: t=<unix seconds>,v1=<hex>` carries the time of the attempt and `hex(HMAC-SHA256(secret, "<t>.<raw body>"))`. Verify it over the raw body before parsing, compare in constant time, and refuse a `t` more than 300 seconds from your clock (replays); the event `id` stays the same across retries, so keep the ids you handled. Answer 2xx within the time-out (10 s by default); anything else is retried with exponential back-off. Headers also carry `Proeffactuur-Event` and `Proeffactuur-Delivery`.
         *
         *     ```js
         *     import { createHmac, timingSafeEqual } from 'node:crypto';
         *     function verify(rawBody, header, secret, toleranceSeconds = 300) {
         *       const { t, v1 } = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
         *       if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
         *       const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
         *       const given = Buffer.from(v1 ?? '', 'hex');
         *       return given.length === expected.length && timingSafeEqual(given, expected);
         *     }
         *     ```
         */
        readonly post: operations["event_run_rejected"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The result of checking one file against one profile version. `fields` are the invoice fields as the buyer’s channel(s) read them; `channels` is what each channel that ran read (values with their runner-up candidates, VAT lines, ambiguities). `incomplete` is present when the run could not check everything; the verdict is then never `accepted`. `reason` says which kinds of problem the verdict rests on (cannot be read, data wrong or missing, will not arrive) and `checks` how many checks ran and passed. */
        readonly Report: {
            readonly verdict: components["schemas"]["Verdict"];
            readonly profile: components["schemas"]["ProfileRef"];
            /** @description Every finding, errors first. */
            readonly findings: readonly components["schemas"]["Finding"][];
            /** @description The invoice fields as the buyer's channel(s) read them (see the profile's `channels`). */
            readonly fields: {
                readonly invoiceNumber?: components["schemas"]["ReportField"];
                readonly issueDate?: components["schemas"]["ReportField"];
                readonly dueDate?: components["schemas"]["ReportField"];
                readonly currency?: components["schemas"]["ReportField"];
                readonly totalAmount?: components["schemas"]["ReportField"];
                readonly payableAmount?: components["schemas"]["ReportField"];
                readonly taxAmount?: components["schemas"]["ReportField"];
                readonly netAmount?: components["schemas"]["ReportField"];
                readonly sellerName?: components["schemas"]["ReportField"];
                readonly sellerVatId?: components["schemas"]["ReportField"];
                readonly sellerKvk?: components["schemas"]["ReportField"];
                readonly iban?: components["schemas"]["ReportField"];
                readonly buyerName?: components["schemas"]["ReportField"];
                readonly buyerVatId?: components["schemas"]["ReportField"];
                readonly buyerReference?: components["schemas"]["ReportField"];
                readonly orderReference?: components["schemas"]["ReportField"];
            };
            readonly channels: components["schemas"]["DocumentFields"];
            readonly document: components["schemas"]["DocumentSummary"];
            /** @description The stages in order with their durations. */
            readonly stages: readonly components["schemas"]["StageTiming"][];
            readonly incomplete?: components["schemas"]["Incomplete"];
            /**
             * @description The kinds of reason of the verdict: the kinds of its error findings, each once, in the fixed order `unreadable`, `data`, `delivery`. Empty when no finding is an error. Absent only in reports made before it existed.
             * @example [
             *       "data"
             *     ]
             */
            readonly reason?: readonly components["schemas"]["ReasonKind"][];
            readonly checks?: components["schemas"]["CheckSummary"];
            /** @description Engine identity, so a report can be traced to the code that made it. */
            readonly engine: {
                /** @constant */
                readonly name: "proeffactuur";
                readonly version: string;
            };
        };
        /** @description A run. The verdict is kept apart from the status: a run that could not finish reports `undetermined`, never `accepted`. After erasure (`erasedAt` set) only id, status, times, verdict and profile id/version remain. */
        readonly Run: {
            readonly id: string;
            readonly status: components["schemas"]["RunStatus"];
            readonly profile: components["schemas"]["ProfileRef"];
            readonly file: components["schemas"]["RunFile"] | null;
            readonly supplierReference: string | null;
            readonly callbackUrl: string | null;
            /** @description Only in the answer to `POST /api/runs` with a `callbackUrl`: the secret that signs this run’s callbacks (see the webhooks). */
            readonly callback?: {
                /** Format: uri */
                readonly url: string;
                readonly secret: string;
            };
            /** Format: date-time */
            readonly createdAt: string;
            readonly startedAt: string | null;
            readonly finishedAt: string | null;
            readonly erasedAt: string | null;
            readonly verdict: components["schemas"]["Verdict"] | null;
            readonly progress?: components["schemas"]["RunProgress"];
            /** @description Why a run that did not complete stopped. */
            readonly error?: {
                readonly code: string;
                readonly message: components["schemas"]["LocalizedText"];
            };
            readonly report: components["schemas"]["Report"] | null;
            /** @description For the run of a PDF taken from an e-mail message: the message’s run. */
            readonly parentRunId?: string;
            /** @description For the run of an e-mail message: the runs of its PDF attachments, in message order. */
            readonly childRunIds?: readonly string[];
            readonly links: components["schemas"]["RunLinks"];
        };
        /** @description A run in a list: no report. */
        readonly RunSummary: {
            readonly id: string;
            readonly status: components["schemas"]["RunStatus"];
            readonly profile: components["schemas"]["ProfileRef"];
            readonly supplierReference: string | null;
            readonly fileName: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            readonly finishedAt: string | null;
            readonly erasedAt: string | null;
            readonly verdict: components["schemas"]["Verdict"] | null;
            /** @description For the run of a PDF taken from an e-mail message: the message’s run. */
            readonly parentRunId?: string;
            readonly links: components["schemas"]["RunLinks"];
        };
        readonly RunList: {
            readonly runs: readonly components["schemas"]["RunSummary"][];
            readonly nextCursor: string | null;
        };
        /** @description A run as its supplier sees it: a `Run` without `links`. */
        readonly SupplierRun: {
            readonly id: string;
            readonly status: components["schemas"]["RunStatus"];
            readonly profile: components["schemas"]["ProfileRef"];
            readonly file: components["schemas"]["RunFile"] | null;
            readonly supplierReference: string | null;
            readonly callbackUrl: string | null;
            /** @description Only in the answer to `POST /api/runs` with a `callbackUrl`: the secret that signs this run’s callbacks (see the webhooks). */
            readonly callback?: {
                /** Format: uri */
                readonly url: string;
                readonly secret: string;
            };
            /** Format: date-time */
            readonly createdAt: string;
            readonly startedAt: string | null;
            readonly finishedAt: string | null;
            readonly erasedAt: string | null;
            readonly verdict: components["schemas"]["Verdict"] | null;
            readonly progress?: components["schemas"]["RunProgress"];
            /** @description Why a run that did not complete stopped. */
            readonly error?: {
                readonly code: string;
                readonly message: components["schemas"]["LocalizedText"];
            };
            readonly report: components["schemas"]["Report"] | null;
            /** @description For the run of a PDF taken from an e-mail message: the message’s run. */
            readonly parentRunId?: string;
            /** @description For the run of an e-mail message: the runs of its PDF attachments, in message order. */
            readonly childRunIds?: readonly string[];
        };
        /**
         * Acceptance profile
         * @description What one buyer's PDF-reading (capture) software accepts. The `checks` section is completed at run time from the check declarations, so only real checks and valid params pass.
         */
        readonly AcceptanceProfile: {
            /** @description Informational: lets an editor find this schema; no check reads it. */
            readonly $schema?: string;
            /** @description Preset id or stored profile id (lower case, digits and dashes). Informational: names the profile; no check reads it. */
            readonly id?: string;
            /** @description Version; set by the store. Informational: records which version a run was checked against; no check reads it. */
            readonly version?: number;
            /** @description Display name. Informational: shown to people; no check reads it. */
            readonly name: string;
            /** @description What the profile stands for, in Dutch and English (German and French optional). Informational: shown to suppliers; no check reads it. */
            readonly description?: components["schemas"]["AcceptanceProfile"]["$defs"]["localizedText"];
            /** @description The public requirement this profile mirrors (for presets). Informational: documents where the limits come from; no check reads it. */
            readonly source?: string;
            /** @description The buyer invoices must be addressed to. */
            readonly buyer?: {
                /** @description Legal name: an invoice addressed to another name is rejected (`fields.buyer-matches`). */
                readonly name: string;
                /** @description BTW-nummer / VAT id, compact upper case (NL123456782B01). An invoice that names another buyer VAT id is rejected (`fields.buyer-matches`). */
                readonly vatId?: string;
                /** @description KvK number, 8 digits. Informational on its own: compared only where a field rule says `equals: {buyerField: kvk}`. */
                readonly kvk?: string;
                /** @description Postal address. Informational: shown to suppliers; the harness does not compare postal addresses (they are printed in too many forms to match reliably). */
                readonly address?: {
                    /** @description Informational: part of `buyer.address`, not compared. */
                    readonly street?: string;
                    /** @description Informational: part of `buyer.address`, not compared. */
                    readonly postalCode?: string;
                    /** @description Informational: part of `buyer.address`, not compared. */
                    readonly city?: string;
                    /** @description ISO 3166-1 alpha-2 country code (NL). Informational: part of `buyer.address`, not compared. */
                    readonly country?: string;
                };
            };
            /**
             * @description How the buyer's software reads a PDF: its text layer, the rendered image (OCR), or both.
             * @enum {unknown}
             */
            readonly channels: "text" | "ocr" | "both";
            readonly file?: {
                /** @description Largest accepted file in bytes (the capture software's or upload portal's file limit; a mailbox's limit on a whole e-mail is `delivery.maxEmailBytes`). */
                readonly maxBytes?: number;
                /** @description Most pages in one PDF. */
                readonly maxPages?: number;
                /** @description Accepted PDF header versions, inclusive. */
                readonly pdfVersions?: {
                    readonly min?: components["schemas"]["AcceptanceProfile"]["$defs"]["pdfVersion"];
                    readonly max?: components["schemas"]["AcceptanceProfile"]["$defs"]["pdfVersion"];
                };
                /** @description Whether permission restrictions (an owner password) are accepted. */
                readonly restrictionsAllowed?: boolean;
                /** @description Whether the PDF must claim PDF/A conformance. */
                readonly pdfaRequired?: boolean;
                /** @description Whether one PDF must hold exactly one invoice. */
                readonly singleInvoice?: boolean;
                /** @description Accepted page sizes, portrait or landscape. */
                readonly pageSizes?: readonly ("A4" | "A5" | "A3" | "Letter" | "Legal")[];
                /** @description Longest accepted page side in points (1 inch = 72 pt), portrait or landscape. */
                readonly maxPageSidePt?: number;
                /** @description Whether the first page must carry content. */
                readonly firstPageNotBlank?: boolean;
                /** @description Whether image files (PNG, JPEG, TIFF) are accepted instead of a PDF. */
                readonly imagesAllowed?: boolean;
            };
            /** @description Text-layer rules. */
            readonly text?: {
                /** @description Whether every page needs a text layer: `true` makes a page without one an error whatever the channel (`text.layer-present`), `false` turns that check off. */
                readonly required?: boolean;
                /** @description Largest share of garbled characters tolerated per page. */
                readonly maxGarbledRatio?: number;
                /** @description Smallest text height (font size) in points read reliably: an invoice field or most of a page in smaller text is an error, some smaller fine print a warning (`text.min-height`). */
                readonly minTextHeightPt?: number;
            };
            /** @description OCR rules. */
            readonly ocr?: {
                /** @description Resolution the buyer's software renders or scans at. Pages are drawn at it for OCR, so text that is large enough at 300 DPI can be too small at 150 (`ocr.text-height`). */
                readonly dpi?: number;
                /** @description Lowest mean word confidence per page. */
                readonly minConfidence?: number;
                /** @description Lowest effective resolution of embedded images. */
                readonly minImageDpi?: number;
                /** @description Smallest x-height in pixels at `dpi`. */
                readonly minTextHeightPx?: number;
                /** @description Largest page skew in degrees. */
                readonly maxSkewDegrees?: number;
                /** @description Smallest accepted width or height of a page image or image file, in pixels. */
                readonly minImageSidePx?: number;
                /** @description Largest accepted width or height of a page image or image file, in pixels. */
                readonly maxImageSidePx?: number;
            };
            /** @description Rules per invoice field. */
            readonly fields?: {
                readonly invoiceNumber?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly issueDate?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly dueDate?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly currency?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly totalAmount?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly payableAmount?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly taxAmount?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly netAmount?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly sellerName?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly sellerVatId?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly sellerKvk?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly iban?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly buyerName?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly buyerVatId?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly buyerReference?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
                readonly orderReference?: components["schemas"]["AcceptanceProfile"]["$defs"]["fieldRule"];
            };
            /** @description Per-check switches, severity overrides and params, keyed by check id (filled in from the registry). */
            readonly checks?: {
                /** @description The file is a PDF */
                readonly "file.is-pdf"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Not an e-invoice XML instead of a PDF */
                readonly "einvoice.xml-uploaded"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The file is not too large */
                readonly "file.max-size"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The PDF can be opened and read */
                readonly "pdf.readable"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The PDF can be read within limits */
                readonly "pdf.resource-limits"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The PDF opens without a password */
                readonly "pdf.encrypted"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description No owner-password restrictions */
                readonly "pdf.permissions"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The PDF version is one the buyer reads */
                readonly "pdf.version-allowed"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The PDF declares PDF/A */
                readonly "pdf.pdfa-required"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Not too many pages */
                readonly "pdf.max-pages"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Pages have an accepted size */
                readonly "pages.size-allowed"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description How far (points) a side may differ from the named size (8 pt is about 3 mm).
                         * @default 8
                         */
                        readonly tolerancePt?: number;
                    };
                };
                /** @description The first page is not blank */
                readonly "pages.first-not-blank"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Every page has a text layer */
                readonly "text.layer-present"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Fewest characters of text a page must have to count as a text page.
                         * @default 20
                         */
                        readonly minChars?: number;
                    };
                };
                /** @description The text layer is readable */
                readonly "text.garbled"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Lowest letter-frequency similarity to Dutch, English, German or French (real text scores 0.79 and more, shifted letters mostly below 0.75).
                         * @default 0.75
                         */
                        readonly minLanguageScore?: number;
                    };
                };
                /** @description Fonts are embedded */
                readonly "fonts.embedded"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Accept the 14 standard fonts (and Arial, Times New Roman, Courier New) without embedding.
                         * @default true
                         */
                        readonly allowStandard14?: boolean;
                    };
                };
                /** @description Text can be mapped to characters */
                readonly "fonts.unicode-mapping"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Images are sharp enough to read */
                readonly "images.min-dpi"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Smallest share of the page an image must cover to be checked (logos are smaller).
                         * @default 0.1
                         */
                        readonly minAreaRatio?: number;
                    };
                };
                /** @description One invoice per PDF */
                readonly "content.single-invoice"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description No JavaScript */
                readonly "content.no-javascript"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description No unflattened forms */
                readonly "content.no-forms"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description A structured e-invoice is attached */
                readonly "einvoice.embedded"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Your software can send e-invoices */
                readonly "software.can-send-einvoice"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Required fields can be found */
                readonly "fields.required"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Fields have the required form */
                readonly "fields.pattern"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The IBAN is valid */
                readonly "fields.valid-iban"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description VAT numbers are valid */
                readonly "fields.valid-vat-id"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The KvK number is valid */
                readonly "fields.valid-kvk"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The invoice is addressed to the buyer */
                readonly "fields.buyer-matches"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The seller is the supplier the buyer has on file */
                readonly "fields.seller-matches"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The currency is accepted */
                readonly "fields.currency-allowed"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Accepted ISO 4217 codes (empty: any); the profile’s fields.currency.oneOf takes precedence.
                         * @default []
                         */
                        readonly allowed?: readonly string[];
                    };
                };
                /** @description The invoice date is not in the future */
                readonly "fields.date-not-in-future"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Days after today that are still accepted (for suppliers in other time zones).
                         * @default 0
                         */
                        readonly toleranceDays?: number;
                    };
                };
                /** @description The invoice is not too old */
                readonly "fields.date-max-age"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Oldest accepted invoice date in days before the check (0: no limit).
                         * @default 0
                         */
                        readonly maxAgeDays?: number;
                    };
                };
                /** @description Fields are unambiguous */
                readonly "fields.ambiguous"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Text layer and page image agree */
                readonly "fields.channels-agree"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description OCR words read with less confidence are not trusted to contradict the text layer.
                         * @default 80
                         */
                        readonly minConfidence?: number;
                        /**
                         * @description Least height in page-image pixels (font size at the OCR resolution) at which an OCR read that is only a digit or two off contradicts the text layer; smaller print gives a warning instead.
                         * @default 20
                         */
                        readonly minTextPx?: number;
                    };
                };
                /** @description Net + VAT equals the total */
                readonly "totals.sum-matches"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Largest difference (in the invoice currency) still accepted as rounding.
                         * @default 0.01
                         */
                        readonly tolerance?: number;
                    };
                };
                /** @description A reverse-charge invoice shows the buyer's VAT number */
                readonly "vat.reverse-charge"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Fields the Dutch VAT Act requires */
                readonly "nl.legal-fields"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The printed invoice matches its embedded e-invoice */
                readonly "einvoice.matches-printed"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Every page can be read as an image */
                readonly "ocr.readable-page"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Fewest legible words OCR must find on a page that has content.
                         * @default 3
                         */
                        readonly minWords?: number;
                        /**
                         * @description A page whose text layer has at least this many characters has content.
                         * @default 20
                         */
                        readonly minTextChars?: number;
                    };
                };
                /** @description OCR reads every page with confidence */
                readonly "ocr.min-confidence"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description Pages where OCR found fewer words are left to ocr.readable-page.
                         * @default 3
                         */
                        readonly minWords?: number;
                    };
                };
                /** @description Text is large enough for OCR */
                readonly "ocr.text-height"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Pages are straight */
                readonly "ocr.skew"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Pages stand upright */
                readonly "ocr.page-orientation"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The text layer says what the page shows */
                readonly "channels.agree"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: {
                        /**
                         * @description OCR words read with less confidence are not trusted to contradict the text layer.
                         * @default 80
                         */
                        readonly minConfidence?: number;
                        /**
                         * @description Least share of a page's legible OCR words that must occur in its text layer.
                         * @default 0.5
                         */
                        readonly minAgreement?: number;
                        /**
                         * @description Fewest legible OCR words on a page before its text layer is compared as a whole.
                         * @default 5
                         */
                        readonly minWords?: number;
                        /**
                         * @description Least height in page-image pixels (font size at the OCR resolution) at which an OCR read that is only a digit or two off contradicts the text layer; smaller print gives a warning instead.
                         * @default 20
                         */
                        readonly minTextPx?: number;
                    };
                };
                /** @description Pages are not too large */
                readonly "file.max-page-side"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Text is not too small */
                readonly "text.min-height"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Images are neither too small nor too large */
                readonly "ocr.image-side"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The e-mail fits the mailbox */
                readonly "mail.size"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The invoice is attached as a PDF */
                readonly "mail.no-attachment"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description One invoice PDF per e-mail */
                readonly "mail.pdf-count"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description The PDF has an accepted file name */
                readonly "mail.attachment-name"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description No other attachments than allowed */
                readonly "mail.other-attachments"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description No zipped invoices */
                readonly "mail.archive-attachment"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description No winmail.dat (Outlook Rich Text) */
                readonly "mail.tnef"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
                /** @description Logos and signatures stay in the body */
                readonly "mail.inline-image"?: {
                    readonly enabled?: boolean;
                    readonly severity?: components["schemas"]["AcceptanceProfile"]["$defs"]["severity"];
                    readonly params?: Record<string, never>;
                };
            };
            /** @description Where and from when live invoices go once the sample passes. */
            readonly delivery?: {
                /**
                 * Format: email
                 * @description The buyer's invoice mailbox address. Informational: where live invoices go once the sample passes; not part of the verdict.
                 */
                readonly invoiceAddress?: string;
                /**
                 * Format: date
                 * @description First day live invoices may be sent. Informational: when live sending may start; not part of the verdict.
                 */
                readonly startDate?: string;
                /** @description Whether a passing test invoice is required before live sending. Informational: governs going live, not the verdict on a sample. */
                readonly testInvoiceRequired?: boolean;
                /** @description How many distinct samples (different file and different invoice number) must pass before the supplier is ready for approval or cleared (default 1). Informational: governs going live, not the verdict on a sample. */
                readonly samplesRequired?: number;
                /** @description Whether a buyer approves a passing sample by hand. Informational: governs going live, not the verdict on a sample. */
                readonly manualApproval?: boolean;
                /**
                 * Format: email
                 * @description Contact for questions (never the invoice address). Informational: shown to suppliers; not part of the verdict.
                 */
                readonly contactAddress?: string;
                /** @description Largest e-mail the invoice mailbox accepts, in bytes, counted as mail servers count it: attachments encoded (base64, about 37% larger than the file) and headers included. `file.max-size` compares the file's size in an e-mail with it. */
                readonly maxEmailBytes?: number;
            };
            /** @description What the invoice mailbox accepts of the e-mail around the PDF (the `mail.*` checks of a sample sent by e-mail or uploaded as `.eml`). */
            readonly mail?: {
                /** @description Largest message in bytes, counted as mail servers count it: headers and encoded (base64) attachments (`mail.size`; the test mailbox refuses larger messages). Unset: `delivery.maxEmailBytes`. */
                readonly maxMessageBytes?: number;
                /**
                 * @description Invoice PDFs per message: `one` (default; a second PDF, such as terms and conditions, is read as a second invoice) or `many` (`mail.pdf-count`).
                 * @enum {unknown}
                 */
                readonly pdfsPerMessage?: "one" | "many";
                /** @description What may ride along with the invoice PDF: `none`, or the kinds allowed (`mail.other-attachments`). Unset: not judged. */
                readonly otherAttachments?: "none" | readonly ("xml" | "image" | "pdf" | "text" | "html" | "office")[];
                /** @description Rules for the invoice PDF's file name (`mail.attachment-name`). Unset: only characters that mail and file systems mangle are refused, and names over 200 characters. */
                readonly fileName?: {
                    /** @description The characters a name may use, as the inside of a regular-expression character class, e.g. `A-Za-z0-9._-`. */
                    readonly allowedCharacters?: string;
                    /** @description Longest name, extension included. */
                    readonly maxLength?: number;
                    /**
                     * Format: regex
                     * @description A regular expression the whole name must match, e.g. `^INV-[0-9]+\.pdf$`.
                     */
                    readonly pattern?: string;
                };
            };
            $defs: {
                readonly localizedText: {
                    readonly nl: string;
                    readonly en: string;
                    /** @description German (optional; pages fall back to English). */
                    readonly de?: string;
                    /** @description French (optional; pages fall back to English). */
                    readonly fr?: string;
                };
                /** @enum {unknown} */
                readonly severity: "error" | "warning" | "info";
                readonly pdfVersion: string;
                /** @description What the buyer requires of one invoice field: a closed set of operators. */
                readonly fieldRule: {
                    /** @description The field must be found through the buyer's channel (`fields.required`). */
                    readonly required?: boolean;
                    /**
                     * Format: regex
                     * @description A regular expression the normalised value must match (`fields.pattern`).
                     */
                    readonly pattern?: string;
                    /** @description The value must equal this text or the profile's buyer field (`fields.pattern`, `fields.buyer-matches`). */
                    readonly equals?: string | {
                        /** @enum {unknown} */
                        readonly buyerField: "name" | "vatId" | "kvk";
                    };
                    /** @description The value must be one of these (`fields.pattern`; for currency also `fields.currency-allowed`). */
                    readonly oneOf?: readonly string[];
                    /** @description Longest accepted value (`fields.pattern`). */
                    readonly maxLength?: number;
                    /** @description Dates only: the date may not lie after the day of the check (`fields.date-not-in-future`). Informational for issueDate: an invoice date in the future is always rejected. */
                    readonly notInFuture?: boolean;
                    /** @description Dates only: the date may not be older than this many days (`fields.date-max-age`). */
                    readonly maxAgeDays?: number;
                    /** @description Informational: tells extraction which labels to read a field next to and names them in messages; it adds no rule of its own. */
                    readonly labels?: readonly string[];
                };
            };
        };
        /** @description RFC 9457 problem details. `detail` is Dutch with `Accept-Language: nl`, English otherwise. Some codes add members (`errors`, `limitBytes`, `presets`, `requiredScope`, `retryAfterSeconds`, `field`, `limit`). */
        readonly Problem: {
            /**
             * @description A URN naming the problem: `urn:proeffactuur:problem:<code>`.
             * @example urn:proeffactuur:problem:run_not_found
             */
            readonly type: string;
            /** @description The HTTP status in words. */
            readonly title: string;
            /** @description The HTTP status. */
            readonly status: number;
            readonly code: components["schemas"]["ErrorCode"];
            /** @description What went wrong and what to do, Dutch with `Accept-Language: nl`, English otherwise. */
            readonly detail: string;
            /** @description The problems one by one (a profile, a request that breaks the API description). */
            readonly errors?: readonly {
                readonly [key: string]: unknown;
            }[];
            /** @description Seconds to wait before retrying (also `Retry-After`). */
            readonly retryAfterSeconds?: number;
        };
        /**
         * @description The outcome of a check run: `undetermined` when the run could not check everything.
         * @enum {string}
         */
        readonly Verdict: "accepted" | "rejected" | "undetermined";
        /** @description The exact profile version a file was checked against. */
        readonly ProfileRef: {
            readonly id: string;
            readonly version: number;
        };
        /** @description One result of one check: a problem, a warning or a piece of information. `message` says what is wrong, `hint` how to fix it; `severity` is the weight after the profile’s overrides; `reasonKind` the kind of reason it gives (always set by this engine; absent only in reports made before it existed). */
        readonly Finding: {
            /**
             * @description The check that produced it.
             * @example pdf.encrypted
             */
            readonly checkId: string;
            readonly severity: components["schemas"]["Severity"];
            /**
             * @description Stable message id from the catalogue.
             * @example pdf.encrypted.user-password
             */
            readonly messageId: string;
            readonly message: components["schemas"]["LocalizedText"];
            readonly hint?: components["schemas"]["LocalizedText"];
            /** @description Machine-readable facts behind the message (limits, measured values). */
            readonly data: {
                readonly [key: string]: string | number | boolean | null;
            };
            readonly location?: components["schemas"]["FindingLocation"];
            readonly reasonKind?: components["schemas"]["ReasonKind"];
            readonly waived?: components["schemas"]["FindingWaiver"];
        };
        /** @description A field as the buyer's software would read it, through the channel it was read through. */
        readonly ReportField: {
            /** @description Normalised: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces. */
            readonly value: string;
            /** @description As printed. */
            readonly raw: string;
            readonly channel: components["schemas"]["Channel"];
            /** @description 1-based page. */
            readonly page: number;
            readonly box: components["schemas"]["Box"];
            /** @description The label it was read next to, as printed. */
            readonly label?: string;
            /** @description How sure the extraction is, 0–1. */
            readonly confidence: number;
        };
        /** @description The fields read through each channel that ran. */
        readonly DocumentFields: {
            readonly text?: components["schemas"]["ChannelFields"];
            readonly ocr?: components["schemas"]["ChannelFields"];
        };
        /** @description A short summary of the document for the report header. */
        readonly DocumentSummary: {
            readonly sha256: string;
            readonly bytes: number;
            readonly kind: components["schemas"]["FileKind"];
            readonly name?: string;
            readonly pageCount?: number;
            readonly pdfVersion?: string;
            readonly producer?: string;
            readonly creator?: string;
            readonly embeddedInvoice?: components["schemas"]["EmbeddedInvoice"];
            readonly mail?: components["schemas"]["MailFacts"];
        };
        /** @description A stage of the pipeline that ran (or was skipped), with its duration. */
        readonly StageTiming: {
            /** @description Stage name: `intake`, `analyze`, `render`, `ocr`, `evaluate`, ... */
            readonly name: string;
            /** @description Wall time in milliseconds. `render` and `ocr` overlap (a page is drawn while the previous ones are being read): `render` is the time spent drawing pages, `ocr` the wall time until the last page was read. */
            readonly ms: number;
            /** @description True when the profile did not need the stage or the document made it pointless. */
            readonly skipped?: boolean;
        };
        /** @description Why a run could not check everything (the engine failed, not the document). */
        readonly Incomplete: {
            /** @description Stable snake_case code, e.g. `run_timed_out`, `stage_failed`. */
            readonly code: string;
            readonly message: components["schemas"]["LocalizedText"];
            /** @description When an error in the engine (not the document) caused this: a short random id (`err_…`) that the operator’s log carries next to the error’s stack. The user passes it on to the helpdesk. */
            readonly errorId?: string;
        };
        /**
         * @description The kind of reason a finding gives: `unreadable` (the buyer's software cannot read the file: file type, PDF structure, text layer, fonts, images, OCR, pages), `data` (it reads the invoice, but data is missing or wrong: fields, totals, ids, VAT), `delivery` (the invoice will not arrive or be routed: size for the mailbox, addressed to someone else, several invoices in one file).
         * @enum {string}
         */
        readonly ReasonKind: "unreadable" | "data" | "delivery";
        /** @description How many checks ran and which passed (no error finding) or failed. A check that could not run (see `incomplete`) counts as run but is in neither list. */
        readonly CheckSummary: {
            /** @description Checks the profile enabled and the run evaluated. */
            readonly run: number;
            /** @description Checks that ran without an error finding. */
            readonly passed: number;
            /**
             * @description Ids of the checks with at least one error finding, in report order.
             * @example [
             *       "fields.valid-vat-id"
             *     ]
             */
            readonly failed: readonly string[];
            /** @description Ids of the checks that passed (no error finding; a warning or information may remain), in report order. */
            readonly passedIds: readonly string[];
        };
        /**
         * @description Where a run is, kept apart from its verdict.
         * @enum {string}
         */
        readonly RunStatus: "queued" | "running" | "completed" | "failed" | "timed_out";
        readonly RunFile: {
            readonly sha256: string;
            readonly name?: string;
            readonly bytes: number;
            readonly kind: components["schemas"]["FileKind"];
        };
        /** @description What a running run is doing: the stage, and the page of the pages when it goes page by page. */
        readonly RunProgress: {
            readonly stage: string;
            readonly page?: number;
            readonly pageCount?: number;
        };
        /** @description A text in every user language: Dutch, English, German and French. */
        readonly LocalizedText: {
            /** @description Dutch. */
            readonly nl: string;
            /** @description English. */
            readonly en: string;
            /** @description German. */
            readonly de: string;
            /** @description French. */
            readonly fr: string;
        };
        readonly RunLinks: {
            /** @example /api/runs/run_3q2-Xx8cV0pSg7m1yQb2Zg */
            readonly self: string;
            /** @example /api/runs/run_3q2-Xx8cV0pSg7m1yQb2Zg/report.html */
            readonly reportHtml: string;
        };
        /**
         * @description How much a finding weighs: `error` makes the verdict `rejected`.
         * @enum {string}
         */
        readonly Severity: "error" | "warning" | "info";
        /** @description Where a finding is in the document (pages 1-based, boxes in points, top-left origin). */
        readonly FindingLocation: {
            /** @description 1-based page number. */
            readonly page?: number;
            readonly box?: components["schemas"]["Box"];
            /** @description Invoice field the finding is about. */
            readonly field?: string;
            /**
             * @description Channel that saw it: the text layer or OCR.
             * @enum {string}
             */
            readonly channel?: "text" | "ocr";
        };
        /** @description The buyer waived this finding’s check for this supplier (invitation): the finding is still shown, but no longer counts for the verdict. Only in the views of an invitation’s runs. */
        readonly FindingWaiver: {
            /** @description Why the buyer waived the check, in the buyer’s words. */
            readonly reason: string;
            /**
             * Format: date-time
             * @description When the waiver stops applying; absent: until the buyer removes it.
             */
            readonly until?: string;
        };
        /**
         * @description How a buyer's software reads a PDF: its text layer (`text`), or OCR of the rendered page (`ocr`).
         * @enum {string}
         */
        readonly Channel: "text" | "ocr";
        /** @description A rectangle in PDF points (1/72 inch), origin top-left of the page. */
        readonly Box: {
            /** @description Distance from the left edge of the page. */
            readonly x: number;
            /** @description Distance from the top edge of the page. */
            readonly y: number;
            /** @description Width. */
            readonly w: number;
            /** @description Height. */
            readonly h: number;
        };
        /** @description Everything one channel read. */
        readonly ChannelFields: {
            readonly channel: components["schemas"]["Channel"];
            /**
             * @description The document's language as the labels suggest, when any were found.
             * @enum {string}
             */
            readonly language?: "nl" | "en" | "de" | "fr";
            /** @description The value per field (absent: not found). */
            readonly values: {
                readonly invoiceNumber?: components["schemas"]["ExtractedField"];
                readonly issueDate?: components["schemas"]["ExtractedField"];
                readonly dueDate?: components["schemas"]["ExtractedField"];
                readonly currency?: components["schemas"]["ExtractedField"];
                readonly totalAmount?: components["schemas"]["ExtractedField"];
                readonly payableAmount?: components["schemas"]["ExtractedField"];
                readonly taxAmount?: components["schemas"]["ExtractedField"];
                readonly netAmount?: components["schemas"]["ExtractedField"];
                readonly sellerName?: components["schemas"]["ExtractedField"];
                readonly sellerVatId?: components["schemas"]["ExtractedField"];
                readonly sellerKvk?: components["schemas"]["ExtractedField"];
                readonly iban?: components["schemas"]["ExtractedField"];
                readonly buyerName?: components["schemas"]["ExtractedField"];
                readonly buyerVatId?: components["schemas"]["ExtractedField"];
                readonly buyerReference?: components["schemas"]["ExtractedField"];
                readonly orderReference?: components["schemas"]["ExtractedField"];
            };
            /** @description The VAT lines per rate. */
            readonly vatLines: readonly components["schemas"]["VatLine"][];
            /** @description Whether net + VAT = total held for the amounts picked. */
            readonly totalsConsistent?: boolean;
            /** @description Fields where the page gives recognition software more than one plausible answer. */
            readonly ambiguities: readonly components["schemas"]["FieldAmbiguity"][];
            /** @description Every VAT id, IBAN and KvK number on the pages. */
            readonly identifiers: readonly components["schemas"]["FoundIdentifier"][];
            /** @description Where the invoice says the VAT is reverse-charged ("btw verlegd"), if it does. */
            readonly reverseCharge?: {
                readonly raw: string;
                /** @description 1-based page number. */
                readonly page: number;
                readonly box: components["schemas"]["Box"];
            };
        };
        /**
         * @description What the first bytes of an upload say it is (never the file name).
         * @enum {string}
         */
        readonly FileKind: "pdf" | "ubl-xml" | "cii-xml" | "xml" | "png" | "jpeg" | "tiff" | "zip" | "html" | "text" | "email" | "empty" | "unknown";
        /** @description A structured e-invoice (XML) found attached to the PDF or uploaded on its own. */
        readonly EmbeddedInvoice: {
            /**
             * @description The XML syntax: UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD, XRechnung) or OASIS UBL.
             * @enum {string}
             */
            readonly syntax: "CII" | "UBL";
            /** @description Where it was found: a PDF attachment (with its file name) or the upload itself. */
            readonly source: {
                /** @constant */
                readonly kind: "attachment";
                readonly fileName: string;
            } | {
                /** @constant */
                readonly kind: "upload";
            };
            /** @description Conformance profile or customization id, e.g. `urn:cen.eu:en16931:2017` or `factur-x BASIC`. */
            readonly profile?: string;
            /** @description The profile in words, e.g. `Factur-X / ZUGFeRD EN 16931`, `XRechnung`, `NLCIUS`, `Peppol BIS Billing 3.0`. */
            readonly profileName?: string;
            /**
             * @description Invoice or credit note, from the document type code or the UBL root element.
             * @enum {string}
             */
            readonly documentType?: "invoice" | "credit-note";
            /** @description The document type code as stated (UNTDID 1001, e.g. `380`, `381`). */
            readonly typeCode?: string;
            /** @description Field values as stated in the XML, normalised like extracted fields: dates YYYY-MM-DD, amounts "1234.50" (at least two decimals), VAT ids, IBAN and KvK upper case without spaces or dots; names and references trimmed with inner white space collapsed. `payableAmount` only when it differs from the total. */
            readonly fields: {
                readonly invoiceNumber?: string;
                readonly issueDate?: string;
                readonly dueDate?: string;
                readonly currency?: string;
                readonly totalAmount?: string;
                readonly payableAmount?: string;
                readonly taxAmount?: string;
                readonly netAmount?: string;
                readonly sellerName?: string;
                readonly sellerVatId?: string;
                readonly sellerKvk?: string;
                readonly iban?: string;
                readonly buyerName?: string;
                readonly buyerVatId?: string;
                readonly buyerReference?: string;
                readonly orderReference?: string;
            };
        };
        /** @description The facts of one e-mail message. */
        readonly MailFacts: {
            /** @description Size of the whole message as mail servers count it: headers and encoded (base64) attachments. */
            readonly encodedBytes: number;
            /** @description The `From` address. */
            readonly from?: string;
            /** @description The subject. */
            readonly subject?: string;
            /** @description The `Message-ID`. */
            readonly messageId?: string;
            /** @description The body has a plain-text part. */
            readonly hasText: boolean;
            /** @description The body has an HTML part. */
            readonly hasHtml: boolean;
            /** @description The body text reads like an invoice (an amount and an invoice word): the invoice is in the body. */
            readonly bodyLooksLikeInvoice: boolean;
            /** @description The parts, in message order (at most the parser’s limit). */
            readonly attachments: readonly components["schemas"]["MailAttachment"][];
            /** @description Parts beyond the parser’s limit, not read. */
            readonly omittedAttachments: number;
            /**
             * @description Set when the message could not be read as MIME: `malformed` (no headers, broken structure), `header-too-large`.
             * @enum {string}
             */
            readonly unreadable?: "malformed" | "header-too-large";
        };
        /** @description The value a channel reads for a field, with its runner-up candidates. */
        readonly ExtractedField: {
            /** @description Normalised: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces. */
            readonly value: string;
            /** @description The text as printed. */
            readonly raw: string;
            /** @description 1-based page number. */
            readonly page: number;
            readonly box: components["schemas"]["Box"];
            /** @description The label the value was read next to, as printed (`Factuurnummer:`). */
            readonly label?: string;
            /** @description How sure the extraction is, 0–1 (label fit, placement, validity, OCR confidence). */
            readonly confidence: number;
            /**
             * @description How it was found: next to a label (to its right or below it), by its pattern alone, from the totals block read as a whole, or computed.
             * @enum {string}
             */
            readonly source: "label-right" | "label-below" | "pattern" | "totals" | "derived";
            /** @description Runner-up candidates: other values, best first. */
            readonly candidates: readonly components["schemas"]["FieldCandidate"][];
        };
        /** @description One VAT line of the totals block: a rate with its VAT amount (and taxable base when printed). */
        readonly VatLine: {
            /** @description Rate in percent, e.g. 21; absent when the line names none. */
            readonly rate?: number;
            /** @description VAT amount, normalised. */
            readonly amount: string;
            /** @description Taxable base, normalised, when the line prints it. */
            readonly base?: string;
            /** @description The line as printed. */
            readonly raw: string;
            /** @description 1-based page number. */
            readonly page: number;
            readonly box: components["schemas"]["Box"];
        };
        /** @description Why a field is ambiguous: what makes recognition software guess. */
        readonly FieldAmbiguity: {
            readonly field: components["schemas"]["FieldId"];
            /**
             * @description `close-candidates`: different values with nearly equal support (two invoice numbers); `unlabelled-dates`: several dates and none labelled as the invoice date; `totals-disagree`: candidate totals that no net + VAT combination explains.
             * @enum {string}
             */
            readonly reason: "close-candidates" | "unlabelled-dates" | "totals-disagree";
            /** @description The competing values, best first. */
            readonly values: readonly string[];
            /** @description 1-based page number. */
            readonly page: number;
            readonly box: components["schemas"]["Box"];
        };
        /** @description A VAT id, IBAN or KvK number found anywhere on the page, with the party it belongs to. */
        readonly FoundIdentifier: {
            /** @enum {string} */
            readonly kind: "vatId" | "iban" | "kvk";
            readonly value: string;
            /** @enum {string} */
            readonly party: "seller" | "buyer";
            /** @description 1-based page number. */
            readonly page: number;
            readonly box: components["schemas"]["Box"];
        };
        /** @description One attachment or inline part of a message. */
        readonly MailAttachment: {
            /** @description The file name the message gives the part, if any. */
            readonly name?: string;
            /** @description The content type the message declares, lower case. */
            readonly contentType: string;
            /**
             * @description What the part’s first bytes say it is (`tnef` is Outlook’s `winmail.dat`).
             * @enum {string}
             */
            readonly kind: "pdf" | "ubl-xml" | "cii-xml" | "xml" | "png" | "jpeg" | "gif" | "tiff" | "zip" | "rar" | "7z" | "gzip" | "tnef" | "email" | "html" | "text" | "empty" | "unknown";
            /** @description Decoded size in bytes. */
            readonly bytes: number;
            /**
             * @description `inline` for a part shown in the body (a logo or signature referenced by `cid:`), else `attachment`.
             * @enum {string}
             */
            readonly disposition: "attachment" | "inline";
            /**
             * @description How a capture mailbox treats it: `invoice` (a PDF attachment: read as an invoice), `inline-image` (ignored), `other`.
             * @enum {string}
             */
            readonly role: "invoice" | "inline-image" | "other";
        };
        /** @description One candidate value of a field, as read through one channel. */
        readonly FieldCandidate: {
            /** @description Normalised: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces. */
            readonly value: string;
            /** @description The text as printed. */
            readonly raw: string;
            /** @description 1-based page number. */
            readonly page: number;
            readonly box: components["schemas"]["Box"];
            /** @description The label the value was read next to, as printed (`Factuurnummer:`). */
            readonly label?: string;
            /** @description How sure the extraction is, 0–1 (label fit, placement, validity, OCR confidence). */
            readonly confidence: number;
            /**
             * @description How it was found: next to a label (to its right or below it), by its pattern alone, from the totals block read as a whole, or computed.
             * @enum {string}
             */
            readonly source: "label-right" | "label-below" | "pattern" | "totals" | "derived";
        };
        /**
         * @description An invoice field, as named in profiles, reports and the API.
         * @enum {string}
         */
        readonly FieldId: "invoiceNumber" | "issueDate" | "dueDate" | "currency" | "totalAmount" | "payableAmount" | "taxAmount" | "netAmount" | "sellerName" | "sellerVatId" | "sellerKvk" | "iban" | "buyerName" | "buyerVatId" | "buyerReference" | "orderReference";
        /**
         * @description - `api_key_expired` (401): The API key has expired.
         *     - `api_key_invalid` (401): The API key is unknown or revoked (which of the two is not told).
         *     - `api_key_missing` (401): The request needs an API key (`Authorization: Bearer <key>`).
         *     - `bad_request` (400): The request body could not be read.
         *     - `bad_upload` (400): The multipart upload did not arrive intact.
         *     - `body_too_large` (413): The JSON body is larger than the route allows (256 kB; 16 kB for onboarding, 8 kB for signing in).
         *     - `cross_site_request` (403): A sign-in was posted from another site (its `Origin` is not this server).
         *     - `csrf_token_invalid` (403): A signed-in browser request that changes something lacks the session’s `X-CSRF-Token` (or sends a wrong one).
         *     - `cursor_invalid` (400): The `cursor` is not one this API gave out.
         *     - `daily_upload_limit` (429): The buyer (or, without a key, the address) has uploaded its daily maximum of bytes; `limitBytes` says it, `Retry-After` when the count starts again (midnight UTC).
         *     - `database_unavailable` (503): The database cannot be reached for a moment (restarting, failing over, connection lost); nothing was stored. Retry after `Retry-After` seconds.
         *     - `expected_json` (415): The body must be JSON (`Content-Type: application/json`).
         *     - `expected_multipart` (415): The body must be `multipart/form-data`.
         *     - `file_missing` (400): No file in the form field `file`.
         *     - `file_too_large` (413): The upload is larger than the (per-buyer) limit; `limitBytes` says it.
         *     - `idempotency_key_invalid` (400): The `Idempotency-Key` is not 1–255 visible ASCII characters.
         *     - `idempotency_key_reused` (409): The `Idempotency-Key` was used in the last 24 hours for a different submission.
         *     - `insufficient_scope` (403): The API key lacks the scope the action needs (`requiredScope`).
         *     - `internal_error` (500): Something failed on the server; it is logged.
         *     - `invalid_wait` (400): `wait` is not a number of seconds from 0 to 60.
         *     - `inventory_invalid` (400): The supplier’s inventory answers break a rule; `errors` lists each (`field`, `message`, `messageNl`).
         *     - `invitation_invalid` (400): The invitation (or new link) breaks a rule; `errors` lists each (`field`, `message`, `messageNl`).
         *     - `import_invalid` (400): The supplier list (CSV) cannot be imported as a whole: no header row, no column for the name or the e-mail address, not CSV, or the profile does not exist. Nothing was created.
         *     - `import_too_large` (413): The supplier list (CSV) has more rows or bytes than one import takes. Nothing was created.
         *     - `expected_csv` (415): The body must be a CSV file (`Content-Type: text/csv`).
         *     - `invitation_not_found` (404): No such invitation, or another buyer's.
         *     - `invitation_unavailable` (404): The invitation link has expired, been revoked or is unknown (one answer for all three, no data).
         *     - `malformed_json` (400): The body is not valid JSON.
         *     - `method_not_allowed` (405): This path exists, but not with this method; `Allow` lists the methods it has.
         *     - `multipart_invalid` (400): The body is not a well-formed `multipart/form-data` form (no or wrong boundary, no closing boundary, a malformed part, a file part without a file name, a NUL in a name); `reason` says which.
         *     - `not_found` (404): There is nothing at this path.
         *     - `page_image_unavailable` (404): There is no image of this page of the run (yet).
         *     - `profile_archived` (409): The profile is archived: no new versions or runs.
         *     - `profile_invalid` (400): The profile breaks the schema or a semantic rule; `errors` lists each.
         *     - `profile_not_found` (404): No such profile, or another buyer's (400 when a run names it, with the known `presets`).
         *     - `profile_version_not_found` (404): No such version of the profile.
         *     - `queue_full` (503): Too many runs are waiting; try again after `Retry-After` seconds.
         *     - `rate_limited` (429): Too many requests for this key or address; see `Retry-After`.
         *     - `request_invalid` (400): A parameter or body breaks the OpenAPI document; `errors` lists each (`in`, `name`, `pointer`).
         *     - `review_invalid` (400): The review breaks a rule (decision `approved` or `rejected`, comment up to 2000 characters); `errors` lists each.
         *     - `run_erased` (410): The run's file and report were erased (on request or after the retention period).
         *     - `run_not_finished` (409): The run is still queued or running.
         *     - `run_not_found` (404): No such run (or, with a key, another buyer's).
         *     - `run_not_reviewable` (409): Only a completed run with verdict `accepted` can be approved or rejected; a finished run of an invitation that did not pass can only be approved, with a reason (an override).
         *     - `session_ended` (401): The session cookie names no live session: it expired, was signed out, or the key or user it was opened with no longer works.
         *     - `sign_in_failed` (401): The e-mail address or the password is wrong.
         *     - `sign_in_incomplete` (400): A sign-in needs an `apiKey`, or an `email` and a `password`.
         *     - `storage_full` (503): The server has no room to store the upload (disk or database full); nothing was stored. Retry after `Retry-After` seconds.
         *     - `too_many_active_runs` (429): The buyer has as many queued and running runs as its limit; see `Retry-After`.
         *     - `too_many_attempts` (429): Too many failed sign-ins for this e-mail address or client address in 15 minutes; see `retryAfterSeconds`.
         *     - `too_many_files` (400): More than one file was uploaded.
         *     - `unexpected_file_field` (400): The file was sent in another field than `file`.
         *     - `upload_stalled` (408): Nothing of the upload arrived for `UPLOAD_IDLE_SECONDS`; the partial file was removed.
         *     - `url_invalid` (400): A callback or webhook URL is not an http(s) URL without credentials.
         *     - `url_not_allowed` (400): In production mode, a callback or webhook URL may not point at a private, loopback or link-local address.
         *     - `webhook_not_found` (404): No such webhook, or another buyer's.
         *     - `outbox_message_not_found` (404): No such message in the outbox, or another buyer's.
         *     - `certificate_unavailable` (409): A test certificate exists only for a completed, accepted run of a buyer that the buyer did not reject, and whose file is not erased.
         *     - `certificate_unreadable` (400): The uploaded file is not a test certificate (its JSON, its PDF or a bare JWS).
         *     - `samples_incomplete` (409): The profile asks for more distinct passing samples (`delivery.samplesRequired`) before a sample can be approved.
         *     - `override_reason_required` (400): Approving a sample that did not pass (an override) needs a reason in `comment`; it is kept in the audit log.
         *     - `waiver_invalid` (400): The waiver breaks a rule (a check id, a reason of 1 to 2000 characters, an expiry in the future); `errors` lists each.
         *     - `waiver_check_unused` (400): The invitation's profile does not use this check, so there is nothing to waive; `checks` lists the checks it uses.
         *     - `waiver_not_found` (404): No such waiver, or another buyer's.
         *     - `metrics_forbidden` (403): `/metrics` answers only requests from the machine itself (not through a proxy), or with the bearer token `METRICS_TOKEN`.
         *     - `too_many_profiles` (400): More profiles (or invitations) in one request than the limit (`limit`, 20).
         *     - `no_profiles` (400): A run set names no profile (or no invitation).
         *     - `run_set_not_found` (404): No such run set, or not yours.
         *     - `supplier_email_invalid` (400): The supplier sign-in form was sent without a valid e-mail address.
         *     - `sign_in_link_used` (410): The supplier sign-in link was used before (each link works once).
         *     - `sign_in_link_expired` (410): The supplier sign-in link has expired (it works for 15 minutes).
         *     - `sign_in_link_invalid` (404): The supplier sign-in link is unknown or incomplete.
         *     - `supplier_session_required` (401): Sign in as a supplier first (with a sign-in link), or the session has ended.
         * @enum {string}
         */
        readonly ErrorCode: "api_key_expired" | "api_key_invalid" | "api_key_missing" | "bad_request" | "bad_upload" | "body_too_large" | "cross_site_request" | "csrf_token_invalid" | "cursor_invalid" | "daily_upload_limit" | "database_unavailable" | "expected_json" | "expected_multipart" | "file_missing" | "file_too_large" | "idempotency_key_invalid" | "idempotency_key_reused" | "insufficient_scope" | "internal_error" | "invalid_wait" | "inventory_invalid" | "invitation_invalid" | "import_invalid" | "import_too_large" | "expected_csv" | "invitation_not_found" | "invitation_unavailable" | "malformed_json" | "method_not_allowed" | "multipart_invalid" | "not_found" | "page_image_unavailable" | "profile_archived" | "profile_invalid" | "profile_not_found" | "profile_version_not_found" | "queue_full" | "rate_limited" | "request_invalid" | "review_invalid" | "run_erased" | "run_not_finished" | "run_not_found" | "run_not_reviewable" | "session_ended" | "sign_in_failed" | "sign_in_incomplete" | "storage_full" | "too_many_active_runs" | "too_many_attempts" | "too_many_files" | "unexpected_file_field" | "upload_stalled" | "url_invalid" | "url_not_allowed" | "webhook_not_found" | "outbox_message_not_found" | "certificate_unavailable" | "certificate_unreadable" | "samples_incomplete" | "override_reason_required" | "waiver_invalid" | "waiver_check_unused" | "waiver_not_found" | "metrics_forbidden" | "too_many_profiles" | "no_profiles" | "run_set_not_found" | "supplier_email_invalid" | "sign_in_link_used" | "sign_in_link_expired" | "sign_in_link_invalid" | "supplier_session_required";
        readonly RunSubmission: {
            /** @description The invoice: one file part with a file name (`Content-Disposition: form-data; name="file"; filename="invoice.pdf"`). A `file` part that carries bytes but is without a file name is refused as `400 multipart_invalid` (`reason` says so); an empty one counts as no file chosen (`400 file_missing`). */
            readonly file: string;
            /**
             * @description A preset id (default `lenient`) or a stored profile id (`prf-…`, with its owner’s key).
             * @default lenient
             * @example lenient
             */
            readonly profile?: string;
            /**
             * @description Your own reference for the supplier; returned with the run and in events.
             * @example Bakkerij De Korenschoof
             */
            readonly supplierReference?: string;
            /**
             * Format: uri
             * @description Where this run’s events (`run.completed`, `run.approved`, `run.rejected`) are also POSTed, signed with the `callback.secret` of the answer.
             */
            readonly callbackUrl?: string;
        };
        /** @description A text a buyer writes in its profile: Dutch and English, German and French when the buyer adds them (pages fall back to English). */
        readonly ProfileText: {
            /** @description Dutch. */
            readonly nl: string;
            /** @description English. */
            readonly en: string;
            /** @description German (optional). */
            readonly de?: string;
            /** @description French (optional). */
            readonly fr?: string;
        };
        readonly Preset: {
            readonly id: string;
            readonly version: number;
            readonly name: string;
            readonly names: components["schemas"]["LocalizedText"];
            readonly description?: components["schemas"]["ProfileText"] | null;
            /** @enum {string} */
            readonly channels: "text" | "ocr" | "both";
            /**
             * @description The vendor group the preset belongs to (`generic` for presets that mirror no one product).
             * @example abbyy
             */
            readonly vendor: string;
        };
        readonly PresetGroup: {
            /** @example abbyy */
            readonly vendor: string;
            readonly names: components["schemas"]["LocalizedText"];
            /**
             * @example [
             *       "abbyy-flexicapture",
             *       "abbyy-vantage"
             *     ]
             */
            readonly presets: readonly string[];
        };
        readonly CheckInfo: {
            readonly id: string;
            readonly title: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            readonly defaultSeverity: "error" | "warning" | "info";
            readonly defaultEnabled: boolean;
            readonly params: Record<string, never>;
        };
        readonly StoredProfile: {
            readonly id: string;
            readonly version: number;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
            /** Format: date-time */
            readonly archivedAt: string | null;
            readonly profile: components["schemas"]["AcceptanceProfile"];
            readonly links: {
                readonly self?: string;
                readonly version?: string;
            };
        };
        readonly ProfileSummary: {
            readonly id: string;
            readonly version: number;
            readonly name: string;
            /** @enum {string} */
            readonly channels: "text" | "ocr" | "both";
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
            /** Format: date-time */
            readonly archivedAt: string | null;
            readonly links: {
                readonly self?: string;
            };
        };
        readonly ProfileVersion: {
            readonly id: string;
            readonly version: number;
            /** Format: date-time */
            readonly createdAt: string;
            readonly profile: components["schemas"]["AcceptanceProfile"];
        };
        /** @enum {string} */
        readonly WebhookEvent: "run.completed" | "run.approved" | "run.rejected";
        readonly WebhookCreate: {
            /** Format: uri */
            readonly url: string;
            readonly events: readonly components["schemas"]["WebhookEvent"][];
            readonly description?: string;
            /** @default true */
            readonly enabled?: boolean;
        };
        readonly WebhookUpdate: {
            /** Format: uri */
            readonly url?: string;
            readonly events?: readonly components["schemas"]["WebhookEvent"][];
            readonly description?: string | null;
            readonly enabled?: boolean;
        };
        readonly Webhook: {
            readonly id: string;
            /** Format: uri */
            readonly url: string;
            readonly events: readonly components["schemas"]["WebhookEvent"][];
            readonly description: string | null;
            readonly enabled: boolean;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
            /** @description Only in the answer to `POST /api/webhooks`: the signing secret, shown once. */
            readonly secret?: string;
            readonly links: {
                readonly self?: string;
                readonly deliveries?: string;
            };
        };
        readonly WebhookList: {
            readonly webhooks: readonly components["schemas"]["Webhook"][];
        };
        readonly Delivery: {
            readonly id: string;
            readonly eventId: string;
            readonly event: components["schemas"]["WebhookEvent"];
            readonly runId?: string | null;
            /** @enum {string} */
            readonly status: "pending" | "delivered" | "failed";
            readonly attempts: number;
            /** Format: date-time */
            readonly nextAttemptAt?: string | null;
            /** Format: date-time */
            readonly lastAttemptAt?: string | null;
            /** @description HTTP status of the last answer. */
            readonly lastStatus?: number | null;
            readonly lastError?: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly deliveredAt?: string | null;
        };
        readonly DeliveryList: {
            readonly deliveries: readonly components["schemas"]["Delivery"][];
            readonly nextCursor: string | null;
        };
        readonly OutboxMessage: {
            readonly id: string;
            /** @description `verdict-reply`, `invitation`, `invitation-reminder`, `invitation-approved`, `invitation-rejected`, `buyer-sample-passed`, `buyer-sample-awaiting`. */
            readonly kind: string;
            readonly to: string;
            readonly from: string;
            readonly subject: string;
            /** @description The plain-text body. */
            readonly text: string;
            /** @enum {string} */
            readonly language: "nl" | "en" | "de" | "fr";
            readonly messageId: string;
            readonly inReplyTo?: string | null;
            /** @enum {string} */
            readonly status: "held" | "pending" | "sent" | "failed";
            readonly attempts: number;
            /** Format: date-time */
            readonly nextAttemptAt?: string | null;
            readonly lastError?: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly sentAt?: string | null;
        };
        readonly OutboxList: {
            readonly messages: readonly components["schemas"]["OutboxMessage"][];
            readonly nextCursor: string | null;
        };
        readonly EventPayload: {
            /** @description The event id: the same across retries and receivers. */
            readonly id: string;
            readonly type: components["schemas"]["WebhookEvent"];
            /** Format: date-time */
            readonly createdAt: string;
            readonly data: {
                readonly run: {
                    readonly id: string;
                    readonly status: components["schemas"]["RunStatus"];
                    readonly verdict: components["schemas"]["Verdict"] | null;
                    readonly profile: components["schemas"]["ProfileRef"];
                    readonly supplierReference?: string | null;
                    /** Format: date-time */
                    readonly createdAt: string;
                    /** Format: date-time */
                    readonly finishedAt?: string | null;
                    readonly links: components["schemas"]["RunLinks"];
                };
                /** @description For `run.approved` and `run.rejected`. */
                readonly review?: {
                    /** @enum {string} */
                    readonly decision?: "approved" | "rejected";
                    readonly comment?: string | null;
                };
            };
        };
        /**
         * @description Liveness: the process answers. Read from memory only (no database), so a slow or broken database never makes a liveness probe restart the process; the queue and the database are in `GET /ready`.
         * @example {
         *       "status": "ok",
         *       "version": "0.1.0",
         *       "uptimeSeconds": 3600,
         *       "runs": {
         *         "running": 1,
         *         "workers": 2
         *       }
         *     }
         */
        readonly Health: {
            /** @constant */
            readonly status: "ok";
            /** @description The engine version. */
            readonly version: string;
            /** @description Seconds since the app started. */
            readonly uptimeSeconds: number;
            readonly runs: {
                /** @description Runs being processed now. */
                readonly running: number;
                /** @description Worker threads of the pipeline pool. */
                readonly workers: number;
            };
        };
        /**
         * @description Readiness: whether this process should get traffic. `ready` when the database answers, its schema is at the version of this code, the pipeline pool has workers and the process is not shutting down. The queue is reported but never makes the process unready (a full queue refuses uploads with `503 queue_full`; reports are still served).
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": {
         *           "ok": true
         *         },
         *         "migrations": {
         *           "ok": true,
         *           "version": 8,
         *           "expected": 8
         *         },
         *         "queue": {
         *           "ok": true,
         *           "queued": 0,
         *           "capacity": 1000,
         *           "full": false
         *         },
         *         "workers": {
         *           "ok": true,
         *           "workers": 2,
         *           "running": 0
         *         },
         *         "shutdown": {
         *           "ok": true
         *         }
         *       }
         *     }
         */
        readonly Readiness: {
            /** @enum {string} */
            readonly status: "ready" | "not_ready";
            readonly checks: {
                readonly database?: {
                    readonly ok: boolean;
                    /** @constant */
                    readonly error?: "unreachable";
                };
                readonly migrations?: {
                    readonly ok: boolean;
                    /** @description The schema version of the database. */
                    readonly version?: number;
                    /** @description The schema version this code migrates to. */
                    readonly expected: number;
                };
                readonly queue?: {
                    /** @description Whether the queue could be counted. */
                    readonly ok: boolean;
                    readonly queued?: number;
                    /** @description `MAX_QUEUED_RUNS`. */
                    readonly capacity: number;
                    readonly full?: boolean;
                };
                readonly workers?: {
                    readonly ok: boolean;
                    readonly workers: number;
                    readonly running: number;
                };
                readonly shutdown?: {
                    /** @description False once SIGTERM was received. */
                    readonly ok: boolean;
                };
            };
        };
        /** @description Either `apiKey`, or `email` and `password` (a user of the buyer). With both, the key is used. Other members are ignored. Neither is `400 sign_in_incomplete`. */
        readonly SignIn: {
            /** @example pfk_… */
            readonly apiKey?: string;
            /**
             * @description An e-mail address: something, `@`, a domain with a dot; no spaces.
             * @example inkoop@example.nl
             */
            readonly email?: string;
            /** Format: password */
            readonly password?: string;
        } | {
            readonly apiKey: unknown;
        } | {
            readonly password: unknown;
        };
        /** @description Who is signed in. Signed out it is only `{"signedIn": false}`. */
        readonly SessionState: {
            readonly signedIn: boolean;
            readonly buyer?: {
                readonly id: string;
                readonly name: string;
            };
            readonly user?: {
                /**
                 * @description An e-mail address: something, `@`, a domain with a dot; no spaces.
                 * @example inkoop@example.nl
                 */
                readonly email: string;
            } | null;
            /** @enum {string} */
            readonly signedInWith?: "password" | "apiKey";
            /** @description What the session may do: a session opened with an API key has exactly that key's scopes (and ends with the key); a password session has every scope. */
            readonly scopes?: readonly string[];
            /** @description Send it back in `x-csrf-token` on every POST, PUT, PATCH and DELETE made with the session. */
            readonly csrfToken?: string;
            /** Format: date-time */
            readonly expiresAt?: string;
            /**
             * @description Signed out on an empty installation (no buyer yet): create the first buyer and its user with `proeffactuur buyer create --name NAME --user-email EMAIL`.
             * @enum {string}
             */
            readonly setup?: "no-buyer";
        };
        /** @description A run made through an invitation (`status` and `verdict` absent once the run is erased). */
        readonly InvitationRun: {
            readonly runId: string;
            /** Format: date-time */
            readonly createdAt: string;
            readonly status?: components["schemas"]["RunStatus"];
            readonly verdict?: components["schemas"]["Verdict"];
            /** Format: date-time */
            readonly finishedAt?: string;
        };
        /** @description Where an onboarding stands. `stage`: `invited` → `opened` (the supplier opened the link) → `tested` (samples, none passing) → `awaiting_approval` (a passing sample waits for the buyer, when the profile asks for manual approval) or `rejected_by_buyer` → `approved` (cleared; live sending starts on `liveFrom`) → `live`. */
        readonly InvitationStatus: {
            /** @enum {string} */
            readonly link: "active" | "expired" | "revoked";
            readonly stage: components["schemas"]["OnboardingStage"];
            /** @description Whether the profile asks the buyer to approve a passing sample by hand. */
            readonly approvalRequired: boolean;
            readonly runCount: number;
            readonly latestRun?: components["schemas"]["InvitationRun"];
            /** @description The run before the latest one (compare them with `GET /api/runs/{id}/compare/{other}`). */
            readonly previousRunId?: string;
            /** @description The passing run that waits for approval. */
            readonly awaitingRunId?: string;
            /** @description The run that cleared the supplier to send live invoices, and when. */
            readonly cleared?: {
                readonly runId: string;
                /** Format: date-time */
                readonly at: string;
            };
            /**
             * Format: date
             * @description First day of live sending.
             */
            readonly liveFrom?: string;
            /** @description Distinct passing samples (different file and different invoice number) against the number the profile asks (`delivery.samplesRequired`, default 1). Ready for approval (or cleared) only when `passed >= required`. */
            readonly samples?: {
                readonly required: number;
                readonly passed: number;
                /** @description The counted runs, oldest first. */
                readonly runIds?: readonly string[];
            };
        };
        /** @enum {string} */
        readonly OnboardingStage: "invited" | "opened" | "tested" | "awaiting_approval" | "rejected_by_buyer" | "approved" | "live";
        /** @description How the supplier invoices, as it answered on its page. */
        readonly Inventory: {
            /** @description An `id` of `GET /api/invoicing-software`, or `other`. */
            readonly software: string;
            /** @description The software’s name, when `software` is `other` (then required). */
            readonly softwareOther?: string;
            /**
             * @description Whether the supplier makes (some) invoice PDFs by hand, e.g. in a word processor.
             * @enum {string}
             */
            readonly handmade: "yes" | "no";
            /** Format: date-time */
            readonly updatedAt: string;
        };
        readonly InventoryAnswers: {
            /** @description An `id` of `GET /api/invoicing-software`, or `other`. */
            readonly software: string;
            /** @description The software’s name, when `software` is `other` (then required). */
            readonly softwareOther?: string;
            /**
             * @description Whether the supplier makes (some) invoice PDFs by hand, e.g. in a word processor.
             * @enum {string}
             */
            readonly handmade: "yes" | "no";
        };
        /** @description An invitation as its buyer sees it (never its link token). */
        readonly Invitation: {
            readonly id: string;
            readonly supplier: {
                readonly name: string;
                /**
                 * @description An e-mail address: something, `@`, a domain with a dot; no spaces.
                 * @example inkoop@example.nl
                 */
                readonly email: string;
            };
            /**
             * @description The language the buyer chose for the invitation (Dutch, English, German or French); the supplier’s page starts in it.
             * @enum {string}
             */
            readonly language: "nl" | "en" | "de" | "fr";
            /** @description The stored profile the samples are checked against (its latest version). */
            readonly profile: {
                readonly id: string;
                readonly name: string | null;
                readonly version: number | null;
                readonly archived: boolean;
            };
            /** Format: date-time */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the current link stops working.
             */
            readonly expiresAt: string;
            /** Format: date-time */
            readonly revokedAt: string | null;
            /**
             * Format: date-time
             * @description When the supplier first opened the link.
             */
            readonly openedAt: string | null;
            readonly inventory: ({
                /** @description The software’s name: in both languages for a listed package, as the supplier typed it for `other`. */
                readonly softwareName?: components["schemas"]["LocalizedText"] | string | null;
            } & components["schemas"]["Inventory"]) | null;
            readonly status: components["schemas"]["InvitationStatus"];
            readonly masterData: components["schemas"]["SupplierMasterData"] | null;
            readonly links: {
                readonly self: string;
            };
        };
        readonly InvitationCreate: {
            readonly supplierName: string;
            /**
             * @description An e-mail address: something, `@`, a domain with a dot; no spaces.
             * @example inkoop@example.nl
             */
            readonly supplierEmail: string;
            /**
             * @description The language the buyer chose for the invitation (Dutch, English, German or French); the supplier’s page starts in it.
             * @default nl
             * @enum {string}
             */
            readonly language?: "nl" | "en" | "de" | "fr";
            /** @description One of the buyer’s stored profiles (`prf-…`), not archived. */
            readonly profileId: string;
            /**
             * @description How long the link works.
             * @default 30
             */
            readonly expiresInDays?: number;
            readonly masterData?: components["schemas"]["SupplierMasterData"] | null;
        };
        /** @description What the buyer’s vendor master holds for the supplier. Each sample is checked against it (`fields.seller-matches`): an IBAN on the invoice that is not listed here, another VAT id or KvK number rejects the sample; another name is a warning. Values are stored compact and upper case; an invalid IBAN (mod 97), VAT id or KvK number is `400 invitation_invalid`. */
        readonly SupplierMasterData: {
            /** @example Bakkerij De Korenschoof B.V. */
            readonly name?: string;
            /** @example NL123456782B01 */
            readonly vatId?: string;
            /** @example 12345678 */
            readonly kvk?: string;
            /** @description The bank accounts on file: an IBAN on the invoice must be one of them. */
            readonly ibans?: readonly string[];
        };
        readonly SupplierMasterDataUpdate: {
            /** @description The new master data; `null` or `{}` removes it. Runs made before keep what they were checked against. */
            readonly masterData: components["schemas"]["SupplierMasterData"] | null;
        };
        readonly SupplierImportRow: {
            /** @description The row as a spreadsheet numbers it (the header is row 1). */
            readonly row: number;
            readonly supplierName: string;
            readonly supplierEmail: string;
            /** @enum {string} */
            readonly status: "created" | "refused";
            readonly invitationId?: string;
            /** @description The supplier’s private link, shown only in this answer (it is also e-mailed to the supplier). */
            readonly link?: string;
            /** @description Why the row was refused: the column (`field`) and the reason in English and Dutch. */
            readonly problems?: readonly {
                readonly field: string;
                readonly message: string;
                readonly messageNl: string;
            }[];
        };
        /** @description What each row of the supplier list became. */
        readonly SupplierImportReport: {
            /**
             * @description The delimiter found in the header line.
             * @enum {string}
             */
            readonly delimiter: "," | ";" | "\t";
            /** @description Data rows read (the header not counted). */
            readonly rows: number;
            readonly created: number;
            readonly refused: number;
            /** @description Header cells the import does not know. */
            readonly ignoredColumns: readonly string[];
            readonly results: readonly components["schemas"]["SupplierImportRow"][];
        };
        readonly InvitationLinkRequest: {
            /**
             * @description How long the new link works.
             * @default 30
             */
            readonly expiresInDays?: number;
        };
        readonly InvitationWithLink: {
            readonly invitation: components["schemas"]["Invitation"];
            /** @description The supplier’s private link (relative to this server), shown only in this answer: send it to the supplier. Whoever has it can upload samples for this invitation. */
            readonly link: string;
        };
        /** @description A buyer’s decision on a passing sample. */
        readonly Review: {
            readonly id: number;
            readonly runId: string;
            readonly buyerId: string;
            readonly invitationId?: string;
            /** @enum {string} */
            readonly decision: "approved" | "rejected";
            readonly comment?: string;
            /** @description Who decided: a user’s e-mail address, or the first characters of an API key. */
            readonly reviewer: string;
            /** Format: date-time */
            readonly createdAt: string;
            /**
             * @description Present on an approval of a sample that did not pass (an override); `comment` says why.
             * @constant
             */
            readonly override?: true;
        };
        readonly ReviewCreate: {
            /** @enum {string} */
            readonly decision: "approved" | "rejected";
            /** @description Shown to the supplier, e.g. why a sample is rejected. Required to approve a sample that did not pass (an override: `400 override_reason_required` without it); kept in the audit log. */
            readonly comment?: string;
        };
        /** @description One check waived for one supplier (invitation): its findings still show in the supplier’s report, marked “waived by the buyer”, but no longer count for the verdict. */
        readonly Waiver: {
            /** @example wvr_AAAAAAAAAAAAAAAA */
            readonly id: string;
            readonly invitationId: string;
            /** @example images.min-dpi */
            readonly checkId: string;
            readonly checkTitle: components["schemas"]["LocalizedText"] | null;
            readonly reason: string;
            /**
             * Format: date-time
             * @description When it stops applying; `null`: until removed.
             */
            readonly until: string | null;
            /** @description Whether it applies now: not removed, not expired. */
            readonly active: boolean;
            /** @description Who waived: a user’s e-mail or an API key’s first characters. */
            readonly createdBy: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly removedAt: string | null;
            readonly removedBy: string | null;
        };
        readonly WaiverCreate: {
            /**
             * @description A check the invitation’s profile uses (`400 waiver_check_unused` otherwise; the answer lists them).
             * @example totals.sum-matches
             */
            readonly checkId: string;
            /**
             * @description Why: shown in the supplier’s report and kept in the audit log.
             * @example Ons boekhoudpakket rondt zelf af; een verschil van een cent is geen probleem.
             */
            readonly reason: string;
            /** @description Optional end: a date (`2027-03-31`, the end of that day UTC) or a moment, in the future. Absent: until removed. */
            readonly until?: string;
        };
        readonly WaiverList: {
            /** @description Oldest first, removed ones too. */
            readonly waivers: readonly components["schemas"]["Waiver"][];
        };
        /** @description One entry of the append-only audit log: who did what, when and why. */
        readonly AuditEntry: {
            /** @description Increasing with each entry written. */
            readonly id: number;
            /** Format: date-time */
            readonly at: string;
            /** @description Who: a user’s e-mail, an API key’s first characters (`API key pfk_…`), or `command line (…)`. */
            readonly actor: string;
            /** @enum {string} */
            readonly action: "review.approved" | "review.rejected" | "review.override" | "waiver.created" | "waiver.removed" | "profile.created" | "profile.updated" | "profile.archived" | "api_key.created" | "api_key.revoked" | "api_key.scopes_changed" | "user.created" | "user.disabled" | "user.password_changed";
            readonly entity: {
                /** @enum {string} */
                readonly type: "run" | "waiver" | "profile" | "api_key" | "user";
                readonly id: string;
            };
            /** @description Why: the reason or comment given. */
            readonly reason: string | null;
            /** @description Facts of the change: the decision, the waived check, the profile version, the key’s scopes. */
            readonly data: Record<string, never> | null;
        };
        readonly AuditList: {
            /** @description Newest first. */
            readonly entries: readonly components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            readonly nextCursor: string | null;
        };
        readonly RunReviews: {
            /** @description Oldest first; the last one counts. */
            readonly reviews: readonly components["schemas"]["Review"][];
            /** @description Whether the run can be approved or rejected (completed and `accepted`, after the invitation’s waivers). */
            readonly reviewable: boolean;
            /** @description Whether the run can be approved although it did not pass (an override, with a reason): a finished run of an invitation whose verdict is not `accepted`. */
            readonly overridable?: boolean;
            readonly approvalRequired: boolean;
            readonly invitation: components["schemas"]["Invitation"] | null;
        };
        readonly InvoicingSoftware: {
            readonly id: string;
            readonly name: components["schemas"]["LocalizedText"];
            /**
             * @description What it can send besides a PDF: over Peppol, a UBL file, or nothing.
             * @enum {string}
             */
            readonly einvoice: "peppol" | "ubl" | "none";
            /** @description How to send e-invoices with it (or why it cannot). */
            readonly howTo: components["schemas"]["LocalizedText"];
            /** @description Whether invoices made with it are made by hand. */
            readonly handmade: boolean;
        };
        /** @description Everything the supplier’s page shows: who asks, what is asked, the supplier’s samples and (once cleared) where to send live invoices. */
        readonly SupplierInvitation: {
            readonly buyer: {
                readonly name: string;
            };
            readonly supplier: {
                readonly name: string;
            };
            /**
             * @description The language the buyer chose for the invitation (Dutch, English, German or French); the supplier’s page starts in it.
             * @enum {string}
             */
            readonly language: "nl" | "en" | "de" | "fr";
            /** Format: date-time */
            readonly expiresAt: string;
            readonly profile: {
                readonly name: string;
                readonly version: number;
                readonly description: components["schemas"]["ProfileText"] | null;
                readonly archived: boolean;
            } | null;
            readonly requirements: {
                /** @enum {string} */
                readonly channels?: "text" | "ocr" | "both";
                readonly buyer?: {
                    readonly name?: string;
                    readonly vatId?: string | null;
                    readonly kvk?: string | null;
                } | null;
                readonly maxBytes?: number | null;
                readonly maxPages?: number | null;
                readonly singleInvoice?: boolean;
                readonly imagesAllowed?: boolean;
                readonly requiredFields?: readonly string[];
                readonly testInvoiceRequired?: boolean;
                readonly samplesRequired?: number;
                readonly manualApproval?: boolean;
            } | null;
            readonly inventory: components["schemas"]["Inventory"] | null;
            /** @description The buyer’s address for questions (`delivery.contactAddress`), shown at every stage. */
            readonly contactAddress: string | null;
            readonly stage: components["schemas"]["OnboardingStage"];
            readonly approvalRequired: boolean;
            /** @description Distinct passing samples (different file and different invoice number) against the number the profile asks (`delivery.samplesRequired`, default 1). Ready for approval (or cleared) only when `passed >= required`. */
            readonly samples?: {
                readonly required: number;
                readonly passed: number;
                /** @description The counted runs, oldest first. */
                readonly runIds?: readonly string[];
            };
            /** @description The samples, newest first. */
            readonly runs: readonly {
                readonly id: string;
                readonly status: components["schemas"]["RunStatus"] | null;
                readonly verdict: components["schemas"]["Verdict"] | null;
                /** Format: date-time */
                readonly createdAt: string;
                /** Format: date-time */
                readonly finishedAt: string | null;
                readonly review: {
                    /** @enum {string} */
                    readonly decision: "approved" | "rejected";
                    readonly comment: string | null;
                    /** Format: date-time */
                    readonly at: string;
                } | null;
            }[];
            readonly goLive: {
                readonly invoiceAddress?: string;
                /** Format: date */
                readonly startDate: string;
                readonly contactAddress?: string;
                /** @description Largest file (`file.maxBytes`). */
                readonly maxBytes?: number;
                /** @description Largest whole e-mail the invoice mailbox takes, attachments encoded (`delivery.maxEmailBytes`). */
                readonly maxEmailBytes?: number;
                readonly maxPages?: number;
            } | null;
            /** @description Largest file the upload accepts. */
            readonly uploadLimitBytes: number;
            /** @description When the server runs its SMTP test mailbox: the address to send the sample to exactly as live invoices will be sent, and the buyer’s mailbox limit. */
            readonly testMailbox?: {
                /** @description `<invitation token>@<MAIL_DOMAIN>`. */
                readonly address: string;
                /** @description Largest message, encoded (`mail.maxMessageBytes`, else `delivery.maxEmailBytes`). */
                readonly maxMessageBytes?: number;
            };
        };
    };
    responses: {
        /** @description An error (`application/problem+json`, RFC 9457). */
        readonly Problem: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is malformed (see `code`). */
        readonly BadRequest: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid API key or browser session (`api_key_missing`, `api_key_invalid`, `api_key_expired`, or `session_ended` when the session cookie names a session that has ended: sign in again). */
        readonly Unauthorized: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key lacks a scope (`insufficient_scope`), or a signed-in page sent no valid CSRF token (`csrf_token_invalid`). */
        readonly Forbidden: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found, or not yours. */
        readonly NotFound: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state (see `code`). */
        readonly Conflict: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Erased. */
        readonly Gone: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The upload or body is too large. */
        readonly ContentTooLarge: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Wrong `Content-Type`. */
        readonly UnsupportedMediaType: {
            headers: {
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate or concurrency limit reached; retry after `Retry-After` seconds. */
        readonly TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                readonly "Retry-After"?: number;
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request cannot be taken now: the run queue is full (`queue_full`), there is no room to store the upload (`storage_full`), or the database cannot be reached for a moment (`database_unavailable`, on any operation); retry after `Retry-After` seconds. */
        readonly ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying. */
                readonly "Retry-After"?: number;
                readonly [name: string]: unknown;
            };
            content: {
                readonly "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description A run id (`run_…`).
         * @example run_AAAAAAAAAAAAAAAAAAAAAA
         */
        readonly RunId: string;
        /**
         * @description A stored profile id (`prf-…`).
         * @example prf-aaaaaaaaaaaaaaaaaaaa
         */
        readonly ProfileId: string;
        /**
         * @description A preset id.
         * @example lenient
         */
        readonly PresetId: string;
        /**
         * @description A webhook id (`whk_…`).
         * @example whk_AAAAAAAAAAAAAAAA
         */
        readonly WebhookId: string;
        /**
         * @description An invitation id (`inv_…`).
         * @example inv_AAAAAAAAAAAAAAAA
         */
        readonly InvitationId: string;
        /**
         * @description A waiver id (`wvr_…`).
         * @example wvr_AAAAAAAAAAAAAAAA
         */
        readonly WaiverId: string;
        /**
         * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
         * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
         */
        readonly InvitationToken: string;
        /** @description Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`. */
        readonly Wait: number;
        /** @description Items per page (1–100, default 20). */
        readonly Limit: number;
        /** @description `nextCursor` of the previous page. */
        readonly Cursor: string;
        /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
        readonly AcceptLanguage: string;
        /** @description A key you choose per submission (e.g. a UUID). Repeating the same key with the same file and fields within 24 hours returns the same run (header `Idempotent-Replayed: true`) instead of a second one; the same key with anything else is `409 idempotency_key_reused`. Keys are kept per buyer (per key holder), or in one shared space for requests without a key. */
        readonly IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    readonly health: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Up. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Health"];
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly ready: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Ready. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Readiness"];
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            /** @description Not ready: the checks with `ok: false` say why. */
            readonly 503: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "not_ready",
                     *       "checks": {
                     *         "database": {
                     *           "ok": false,
                     *           "error": "unreachable"
                     *         },
                     *         "migrations": {
                     *           "ok": false,
                     *           "expected": 8
                     *         },
                     *         "queue": {
                     *           "ok": false,
                     *           "capacity": 1000
                     *         },
                     *         "workers": {
                     *           "ok": true,
                     *           "workers": 2,
                     *           "running": 0
                     *         },
                     *         "shutdown": {
                     *           "ok": true
                     *         }
                     *       }
                     *     }
                     */
                    readonly "application/json": components["schemas"]["Readiness"];
                };
            };
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly metrics: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The metrics. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP proeffactuur_runs_finished_total Runs that ended, by status (completed, failed, timed_out) and verdict.
                     *     # TYPE proeffactuur_runs_finished_total counter
                     *     proeffactuur_runs_finished_total{status="completed",verdict="accepted"} 12
                     */
                    readonly "text/plain": string;
                };
            };
            readonly 403: components["responses"]["Forbidden"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly openapi: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The OpenAPI 3.1 document. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": Record<string, never>;
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly docs: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description An HTML page (served by the app, no CDN). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/html": unknown;
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listRuns: {
        readonly parameters: {
            readonly query?: {
                /** @description A profile or preset id. */
                readonly profile?: string;
                readonly verdict?: components["schemas"]["Verdict"];
                readonly status?: components["schemas"]["RunStatus"];
                /** @description Runs created at or after this date or moment. */
                readonly createdFrom?: string | unknown | unknown;
                /** @description Runs created before this date or moment. */
                readonly createdTo?: string | unknown | unknown;
                /** @description Items per page (1–100, default 20). */
                readonly limit?: components["parameters"]["Limit"];
                /** @description `nextCursor` of the previous page. */
                readonly cursor?: components["parameters"]["Cursor"];
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description A page of runs. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["RunList"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly submitRun: {
        readonly parameters: {
            readonly query?: {
                /** @description Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`. */
                readonly wait?: components["parameters"]["Wait"];
            };
            readonly header?: {
                /** @description A key you choose per submission (e.g. a UUID). Repeating the same key with the same file and fields within 24 hours returns the same run (header `Idempotent-Replayed: true`) instead of a second one; the same key with anything else is `409 idempotency_key_reused`. Keys are kept per buyer (per key holder), or in one shared space for requests without a key. */
                readonly "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "multipart/form-data": components["schemas"]["RunSubmission"];
            };
        };
        readonly responses: {
            /** @description The run, finished (only with `?wait`). */
            readonly 201: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Run"];
                };
            };
            /** @description The run, queued or running. Poll its `Location` (with `?wait`) or wait for the event. */
            readonly 202: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Run"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 409: components["responses"]["Conflict"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly 503: components["responses"]["ServiceUnavailable"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getRun: {
        readonly parameters: {
            readonly query?: {
                /** @description Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`. */
                readonly wait?: components["parameters"]["Wait"];
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The run. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Run"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly deleteRun: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Erased. */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getRunReportHtml: {
        readonly parameters: {
            readonly query?: {
                readonly lang?: "nl" | "en" | "de" | "fr";
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The report page. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/html": string;
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 410: components["responses"]["Gone"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getRunPageImage: {
        readonly parameters: {
            readonly query?: {
                /** @description `none` for the page without boxes; anything else (or nothing) draws them. */
                readonly boxes?: string;
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
                /** @description The page number (1-based) and `.png`, e.g. `1.png`. */
                readonly file: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The page. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 410: components["responses"]["Gone"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listPresets: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The presets, and the same presets grouped by vendor. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly presets: readonly components["schemas"]["Preset"][];
                        readonly default: string;
                        /** @description The same presets by vendor, in the order the pages show them. */
                        readonly groups: readonly components["schemas"]["PresetGroup"][];
                    };
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getPreset: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A preset id.
                 * @example lenient
                 */
                readonly id: components["parameters"]["PresetId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The preset. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["AcceptanceProfile"];
                };
            };
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listChecks: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The checks, with titles in both languages. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly checks: readonly components["schemas"]["CheckInfo"][];
                    };
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getProfileSchema: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description JSON Schema 2020-12, `checks` included. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/schema+json": Record<string, never>;
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly validateProfile: {
        readonly parameters: {
            readonly query?: {
                readonly profile?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "name": "ACME crediteuren",
                 *       "channels": "text",
                 *       "buyer": {
                 *         "name": "ACME B.V."
                 *       },
                 *       "delivery": {
                 *         "invoiceAddress": "facturen@acme.example",
                 *         "manualApproval": true
                 *       }
                 *     }
                 */
                readonly "application/json": components["schemas"]["AcceptanceProfile"];
            };
        };
        readonly responses: {
            /** @description Valid. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @constant */
                        readonly valid: true;
                        readonly profile: components["schemas"]["AcceptanceProfile"];
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly previewProfile: {
        readonly parameters: {
            readonly query?: {
                /** @description Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`. */
                readonly wait?: components["parameters"]["Wait"];
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "multipart/form-data": {
                    readonly file: string;
                    /**
                     * @description The acceptance profile as JSON (a form field, not a file).
                     * @example {"name":"ACME crediteuren","channels":"text","buyer":{"name":"ACME B.V."},"delivery":{"invoiceAddress":"facturen@acme.example","manualApproval":true}}
                     */
                    readonly profile: string;
                };
            };
        };
        readonly responses: {
            /** @description The finished run (already erased on the server). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Still running after the wait: read it with `GET /api/runs/{id}` (it is not erased). */
            readonly 202: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Run"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly 503: components["responses"]["ServiceUnavailable"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listProfiles: {
        readonly parameters: {
            readonly query?: {
                readonly archived?: "true" | "false";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The profiles. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly profiles: readonly components["schemas"]["ProfileSummary"][];
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly createProfile: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "name": "ACME crediteuren",
                 *       "channels": "text",
                 *       "buyer": {
                 *         "name": "ACME B.V."
                 *       },
                 *       "delivery": {
                 *         "invoiceAddress": "facturen@acme.example",
                 *         "manualApproval": true
                 *       }
                 *     }
                 */
                readonly "application/json": components["schemas"]["AcceptanceProfile"];
            };
        };
        readonly responses: {
            /** @description Stored. */
            readonly 201: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["StoredProfile"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getProfile: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A stored profile id (`prf-…`).
                 * @example prf-aaaaaaaaaaaaaaaaaaaa
                 */
                readonly id: components["parameters"]["ProfileId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The profile. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["StoredProfile"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly updateProfile: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A stored profile id (`prf-…`).
                 * @example prf-aaaaaaaaaaaaaaaaaaaa
                 */
                readonly id: components["parameters"]["ProfileId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "name": "ACME crediteuren",
                 *       "channels": "text",
                 *       "buyer": {
                 *         "name": "ACME B.V."
                 *       },
                 *       "delivery": {
                 *         "invoiceAddress": "facturen@acme.example",
                 *         "manualApproval": true
                 *       }
                 *     }
                 */
                readonly "application/json": components["schemas"]["AcceptanceProfile"];
            };
        };
        readonly responses: {
            /** @description The profile. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["StoredProfile"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly archiveProfile: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A stored profile id (`prf-…`).
                 * @example prf-aaaaaaaaaaaaaaaaaaaa
                 */
                readonly id: components["parameters"]["ProfileId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Archived. */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getProfileVersion: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A stored profile id (`prf-…`).
                 * @example prf-aaaaaaaaaaaaaaaaaaaa
                 */
                readonly id: components["parameters"]["ProfileId"];
                /** @example 1 */
                readonly version: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The version. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["ProfileVersion"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listWebhooks: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The webhooks (without secrets). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["WebhookList"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly createWebhook: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "url": "https://erp.acme.example/proeffactuur/events",
                 *       "events": [
                 *         "run.completed"
                 *       ],
                 *       "description": "ERP koppeling"
                 *     }
                 */
                readonly "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        readonly responses: {
            /** @description Registered. */
            readonly 201: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Webhook"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getWebhook: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A webhook id (`whk_…`).
                 * @example whk_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["WebhookId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The webhook. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Webhook"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly deleteWebhook: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A webhook id (`whk_…`).
                 * @example whk_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["WebhookId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Deleted. */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly updateWebhook: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A webhook id (`whk_…`).
                 * @example whk_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["WebhookId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                readonly "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        readonly responses: {
            /** @description The webhook. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Webhook"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listWebhookDeliveries: {
        readonly parameters: {
            readonly query?: {
                readonly status?: "pending" | "delivered" | "failed";
                /** @description Items per page (1–100, default 20). */
                readonly limit?: components["parameters"]["Limit"];
                /** @description `nextCursor` of the previous page. */
                readonly cursor?: components["parameters"]["Cursor"];
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description A webhook id (`whk_…`).
                 * @example whk_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["WebhookId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Newest first. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["DeliveryList"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listOutbox: {
        readonly parameters: {
            readonly query?: {
                readonly status?: "held" | "pending" | "sent" | "failed";
                /** @description Items per page (1–100, default 20). */
                readonly limit?: components["parameters"]["Limit"];
                /** @description `nextCursor` of the previous page. */
                readonly cursor?: components["parameters"]["Cursor"];
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Newest first. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["OutboxList"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getOutboxMessage: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A message id (`msg_…`).
                 * @example msg_AAAAAAAAAAAAAAAA
                 */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The message. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSession: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The session, or none. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SessionState"];
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly signIn: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "email": "inkoop@example.nl",
                 *       "password": "uw wachtwoord"
                 *     }
                 */
                readonly "application/json": components["schemas"]["SignIn"];
            };
        };
        readonly responses: {
            /** @description Signed in. Send `csrfToken` back in the CSRF header on state-changing requests. */
            readonly 201: {
                headers: {
                    /** @description The session cookie. */
                    readonly "Set-Cookie"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SessionState"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly signOut: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Signed out. */
            readonly 204: {
                headers: {
                    /** @description Clears the session cookie. */
                    readonly "Set-Cookie"?: string;
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listInvitations: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The invitations. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly invitations: readonly components["schemas"]["Invitation"][];
                    };
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly createInvitation: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "supplierName": "Bakkerij De Korenschoof",
                 *       "supplierEmail": "administratie@korenschoof.example",
                 *       "profileId": "prf-aaaaaaaaaaaaaaaaaaaa",
                 *       "expiresInDays": 30
                 *     }
                 */
                readonly "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        readonly responses: {
            /** @description Invited. */
            readonly 201: {
                headers: {
                    readonly Location?: string;
                    /** @description `no-store`. */
                    readonly "Cache-Control"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["InvitationWithLink"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getInvitation: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The invitation. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Invitation"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly revokeInvitation: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Revoked. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Invitation"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly renewInvitationLink: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: {
            readonly content: {
                /**
                 * @example {
                 *       "expiresInDays": 30
                 *     }
                 */
                readonly "application/json": components["schemas"]["InvitationLinkRequest"];
            };
        };
        readonly responses: {
            /** @description The invitation with its new link. */
            readonly 200: {
                headers: {
                    /** @description `no-store`. */
                    readonly "Cache-Control"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["InvitationWithLink"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly setInvitationMasterData: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "masterData": {
                 *         "name": "Bakkerij De Korenschoof B.V.",
                 *         "vatId": "NL123456782B01",
                 *         "kvk": "12345678",
                 *         "ibans": [
                 *           "NL91ABNA0417164300"
                 *         ]
                 *       }
                 *     }
                 */
                readonly "application/json": components["schemas"]["SupplierMasterDataUpdate"];
            };
        };
        readonly responses: {
            /** @description The invitation with its master data. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Invitation"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly importSuppliers: {
        readonly parameters: {
            readonly query?: {
                /** @description Required: one of the buyer’s stored profiles (`prf-…`), not archived, that the suppliers’ samples are checked against. Without it the answer is `400 import_invalid`, checked after the key (a missing key is `401` first). */
                readonly profileId?: string;
                /** @description The invitations’ language, unless a row has its own (`language` column). */
                readonly language?: "nl" | "en" | "de" | "fr";
                /** @description How long the links work. */
                readonly expiresInDays?: number;
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example naam;e-mail;btw;kvk;iban
                 *     Bakkerij De Korenschoof B.V.;administratie@korenschoof.example;NL123456782B01;12345678;"NL91ABNA0417164300|NL44RABO0123456789"
                 */
                readonly "text/csv": string;
            };
        };
        readonly responses: {
            /** @description The report per row (or, for `Accept: application/x-ndjson`, progress lines ending in it). */
            readonly 200: {
                headers: {
                    /** @description `no-store`: the report holds the links. */
                    readonly "Cache-Control"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SupplierImportReport"];
                    /**
                     * @example {"type":"progress","done":100,"total":250}
                     *     {"type":"report","report":{}}
                     */
                    readonly "application/x-ndjson": string;
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getRunReviews: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The reviews. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["RunReviews"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly reviewRun: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "decision": "approved",
                 *       "comment": "Welkom! Vanaf 1 maart graag zo."
                 *     }
                 */
                readonly "application/json": components["schemas"]["ReviewCreate"];
            };
        };
        readonly responses: {
            /** @description Recorded. */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Review"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listWaivers: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The waivers. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["WaiverList"];
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly createWaiver: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "checkId": "totals.sum-matches",
                 *       "reason": "Ons boekhoudpakket rondt zelf af; een verschil van een cent is geen probleem."
                 *     }
                 */
                readonly "application/json": components["schemas"]["WaiverCreate"];
            };
        };
        readonly responses: {
            /** @description The waiver. */
            readonly 201: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Waiver"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly removeWaiver: {
        readonly parameters: {
            readonly query?: {
                /**
                 * @description Why, for the audit log.
                 * @example De leverancier heeft zijn software bijgewerkt.
                 */
                readonly reason?: string;
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description A waiver id (`wvr_…`).
                 * @example wvr_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["WaiverId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The waiver, removed. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Waiver"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listAudit: {
        readonly parameters: {
            readonly query?: {
                /** @example run */
                readonly entityType?: "run" | "waiver" | "profile" | "api_key" | "user";
                /** @description One entity: a run, waiver, profile, key or user id. */
                readonly entityId?: string;
                readonly action?: "review.approved" | "review.rejected" | "review.override" | "waiver.created" | "waiver.removed" | "profile.created" | "profile.updated" | "profile.archived" | "api_key.created" | "api_key.revoked" | "api_key.scopes_changed" | "user.created" | "user.disabled" | "user.password_changed";
                /** @description Entries at or after this date or moment. */
                readonly from?: string | unknown | unknown;
                /** @description Entries before this date or moment. */
                readonly to?: string | unknown | unknown;
                /** @description Items per page (1–100, default 20). */
                readonly limit?: components["parameters"]["Limit"];
                /** @description `nextCursor` of the previous page. */
                readonly cursor?: components["parameters"]["Cursor"];
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description A page of the log. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "id": 2,
                     *           "at": "2026-12-03T10:15:00.000Z",
                     *           "actor": "inkoop@acme.nl",
                     *           "action": "review.override",
                     *           "entity": {
                     *             "type": "run",
                     *             "id": "run_AAAAAAAAAAAAAAAAAAAAAA"
                     *           },
                     *           "reason": "Onze software leest deze scans goed; akkoord.",
                     *           "data": {
                     *             "decision": "approved",
                     *             "verdict": "rejected",
                     *             "invitationId": "inv_AAAAAAAAAAAAAAAA"
                     *           }
                     *         },
                     *         {
                     *           "id": 1,
                     *           "at": "2026-12-03T10:14:00.000Z",
                     *           "actor": "inkoop@acme.nl",
                     *           "action": "waiver.created",
                     *           "entity": {
                     *             "type": "waiver",
                     *             "id": "wvr_AAAAAAAAAAAAAAAA"
                     *           },
                     *           "reason": "Ons boekhoudpakket rondt zelf af.",
                     *           "data": {
                     *             "invitationId": "inv_AAAAAAAAAAAAAAAA",
                     *             "checkId": "totals.sum-matches",
                     *             "until": null
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    readonly "application/json": components["schemas"]["AuditList"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly streamRunEvents: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Server-Sent Events until the run ends: `status` once on connect (`{"status", "progress"?}`), `progress` for each stage or page (`{"stage", "page"?, "pageCount"?}`), then `finished` with the whole run (`Run`), after which the stream closes. A run that already ended gets `finished` at once. A comment line every 15 s keeps the stream open; reconnect after `retry` (2 s). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example retry: 2000
                     *
                     *     event: status
                     *     data: {"status":"running","progress":{"stage":"text"}}
                     */
                    readonly "text/event-stream": string;
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listInvoicingSoftware: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The packages, in the order suppliers see them. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly software: readonly components["schemas"]["InvoicingSoftware"][];
                    };
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSupplierInvitation: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The invitation. */
            readonly 200: {
                headers: {
                    /** @description `no-store`: the token is a secret. */
                    readonly "Cache-Control"?: string;
                    /** @description `no-referrer`. */
                    readonly "Referrer-Policy"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SupplierInvitation"];
                };
            };
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly saveInventory: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "software": "other",
                 *       "softwareOther": "Eigen Excel-sjabloon",
                 *       "handmade": "no"
                 *     }
                 */
                readonly "application/json": components["schemas"]["InventoryAnswers"];
            };
        };
        readonly responses: {
            /** @description Saved. */
            readonly 200: {
                headers: {
                    /** @description `no-store`: the token is a secret. */
                    readonly "Cache-Control"?: string;
                    /** @description `no-referrer`. */
                    readonly "Referrer-Policy"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Inventory"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 404: components["responses"]["NotFound"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly submitSupplierRun: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "multipart/form-data": {
                    /** @description The invoice: one file part with a file name (`Content-Disposition: form-data; name="file"; filename="invoice.pdf"`). A `file` part that carries bytes but is without a file name is refused as `400 multipart_invalid` (`reason` says so); an empty one counts as no file chosen (`400 file_missing`). */
                    readonly file: string;
                };
            };
        };
        readonly responses: {
            /** @description The run, queued. */
            readonly 202: {
                headers: {
                    /** @description `no-store`: the token is a secret. */
                    readonly "Cache-Control"?: string;
                    /** @description `no-referrer`. */
                    readonly "Referrer-Policy"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SupplierRun"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly 503: components["responses"]["ServiceUnavailable"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSupplierRun: {
        readonly parameters: {
            readonly query?: {
                /** @description Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`. */
                readonly wait?: components["parameters"]["Wait"];
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The run. */
            readonly 200: {
                headers: {
                    /** @description `no-store`: the token is a secret. */
                    readonly "Cache-Control"?: string;
                    /** @description `no-referrer`. */
                    readonly "Referrer-Policy"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SupplierRun"];
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly streamSupplierRunEvents: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Server-Sent Events until the run ends: `status` once on connect (`{"status", "progress"?}`), `progress` for each stage or page (`{"stage", "page"?, "pageCount"?}`), then `finished` with the whole run (`SupplierRun`), after which the stream closes. A run that already ended gets `finished` at once. A comment line every 15 s keeps the stream open; reconnect after `retry` (2 s). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example retry: 2000
                     *
                     *     event: status
                     *     data: {"status":"running","progress":{"stage":"text"}}
                     */
                    readonly "text/event-stream": string;
                };
            };
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSupplierPageImage: {
        readonly parameters: {
            readonly query?: {
                /** @description `none` for the page without boxes; anything else (or nothing) draws them. */
                readonly boxes?: string;
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
                /** @description The page number (1-based) and `.png`. */
                readonly file: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The page. */
            readonly 200: {
                headers: {
                    /** @description `no-store`: the token is a secret. */
                    readonly "Cache-Control"?: string;
                    /** @description `no-referrer`. */
                    readonly "Referrer-Policy"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly invitationPage: {
        readonly parameters: {
            readonly query?: {
                /** @description Language of the page (default: `Accept-Language`, else Dutch). Any other value answers `302` to the same URL without `lang`. */
                readonly lang?: "nl" | "en" | "de" | "fr";
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The supplier’s page. */
            readonly 200: {
                headers: {
                    /** @description `no-store`: the token is a secret. */
                    readonly "Cache-Control"?: string;
                    /** @description `no-referrer`. */
                    readonly "Referrer-Policy"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/html": string;
                };
            };
            /** @description `lang` named no language of the page: go to the same URL without it. */
            readonly 302: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The link does not work (any more). */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/html": string;
                };
            };
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getRunCertificate: {
        readonly parameters: {
            readonly query?: {
                /** @description `json` (default) or `pdf`. */
                readonly format?: "json" | "pdf";
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The certificate (as an attachment). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @constant */
                        readonly type: "proeffactuur-test-certificate";
                        /** @description Compact JWS (EdDSA / Ed25519). */
                        readonly certificate: string;
                        /** @description A readable copy of the signed payload. */
                        readonly payload: Record<string, never>;
                        readonly verifyUrl: string;
                    };
                    readonly "application/pdf": string;
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSupplierCertificate: {
        readonly parameters: {
            readonly query?: {
                /** @description `json` (default) or `pdf`. */
                readonly format?: "json" | "pdf";
            };
            readonly header?: never;
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The certificate (as an attachment). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @constant */
                        readonly type: "proeffactuur-test-certificate";
                        /** @description Compact JWS (EdDSA / Ed25519). */
                        readonly certificate: string;
                        /** @description A readable copy of the signed payload. */
                        readonly payload: Record<string, never>;
                        readonly verifyUrl: string;
                    };
                    readonly "application/pdf": string;
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly verifyCertificate: {
        readonly parameters: {
            readonly query?: {
                /** @description The sample’s sha256, 64 hexadecimal characters. */
                readonly sha256?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/octet-stream": string;
                readonly "application/pdf": string;
                readonly "application/json": Record<string, never>;
            };
        };
        readonly responses: {
            /** @description The outcome. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly valid: boolean;
                        /** @enum {string} */
                        readonly reason: "valid" | "malformed" | "file_changed" | "bad_signature" | "unknown_key" | "revoked_key" | "sample_mismatch";
                        readonly message: {
                            readonly nl: string;
                            readonly en: string;
                            readonly de: string;
                            readonly fr: string;
                        };
                        /** @enum {string} */
                        readonly form?: "json" | "pdf" | "jws";
                        /** @description The signed payload, when the signature verified. */
                        readonly certificate?: Record<string, never>;
                        /** @enum {string} */
                        readonly sample: "matches" | "differs" | "not_given";
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getJwks: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The key set. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly keys: readonly Record<string, never>[];
                        readonly revoked: readonly {
                            readonly kid?: string;
                            /** Format: date-time */
                            readonly revokedAt?: string;
                        }[];
                    };
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly verifyPage: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The page. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/html": string;
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly compareRuns: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
                /**
                 * @description The later run (the try to compare with).
                 * @example run_BBBBBBBBBBBBBBBBBBBBBB
                 */
                readonly other: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The comparison. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly before: {
                            readonly id: string;
                            /** Format: date-time */
                            readonly createdAt: string;
                            /** Format: date-time */
                            readonly finishedAt: string | null;
                            readonly verdict: string | null;
                            readonly file: Record<string, never>;
                            readonly profile: Record<string, never>;
                            readonly pageCount: number;
                        };
                        readonly after: {
                            readonly id: string;
                            /** Format: date-time */
                            readonly createdAt: string;
                            /** Format: date-time */
                            readonly finishedAt: string | null;
                            readonly verdict: string | null;
                            readonly file: Record<string, never>;
                            readonly profile: Record<string, never>;
                            readonly pageCount: number;
                        };
                        readonly findings: {
                            /** @description Only in the earlier run. */
                            readonly fixed: readonly components["schemas"]["Finding"][];
                            /** @description Only in the later run. */
                            readonly new: readonly components["schemas"]["Finding"][];
                            /** @description In both. */
                            readonly unchanged: readonly components["schemas"]["Finding"][];
                        };
                        /** @description Fields whose normalised value changed (null: not read). */
                        readonly fields: readonly {
                            readonly field: string;
                            readonly before: string | null;
                            readonly after: string | null;
                        }[];
                    };
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 410: components["responses"]["Gone"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly compareSupplierRuns: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.
                 * @example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly token: components["parameters"]["InvitationToken"];
                /**
                 * @description A run id (`run_…`).
                 * @example run_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["RunId"];
                /**
                 * @description The later run (the try to compare with).
                 * @example run_BBBBBBBBBBBBBBBBBBBBBB
                 */
                readonly other: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The comparison. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly before: {
                            readonly id: string;
                            /** Format: date-time */
                            readonly createdAt: string;
                            /** Format: date-time */
                            readonly finishedAt: string | null;
                            readonly verdict: string | null;
                            readonly file: Record<string, never>;
                            readonly profile: Record<string, never>;
                            readonly pageCount: number;
                        };
                        readonly after: {
                            readonly id: string;
                            /** Format: date-time */
                            readonly createdAt: string;
                            /** Format: date-time */
                            readonly finishedAt: string | null;
                            readonly verdict: string | null;
                            readonly file: Record<string, never>;
                            readonly profile: Record<string, never>;
                            readonly pageCount: number;
                        };
                        readonly findings: {
                            /** @description Only in the earlier run. */
                            readonly fixed: readonly components["schemas"]["Finding"][];
                            /** @description Only in the later run. */
                            readonly new: readonly components["schemas"]["Finding"][];
                            /** @description In both. */
                            readonly unchanged: readonly components["schemas"]["Finding"][];
                        };
                        /** @description Fields whose normalised value changed (null: not read). */
                        readonly fields: readonly {
                            readonly field: string;
                            readonly before: string | null;
                            readonly after: string | null;
                        }[];
                    };
                };
            };
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 410: components["responses"]["Gone"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly comparePage: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The page. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/html": string;
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getOnboardingStats: {
        readonly parameters: {
            readonly query?: {
                /** @description Only invitations to test against this stored profile. */
                readonly profile?: string;
                /**
                 * @description Only invitations made at or after this date or moment.
                 * @example 2026-01-01
                 */
                readonly invitedFrom?: string | unknown | unknown;
                /** @description Only invitations made before this date or moment. */
                readonly invitedTo?: string | unknown | unknown;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The figures. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "generatedAt": "2026-12-03T09:00:00.000Z",
                     *       "filter": {
                     *         "profile": null,
                     *         "invitedFrom": "2026-01-01T00:00:00.000Z",
                     *         "invitedTo": null
                     *       },
                     *       "funnel": {
                     *         "invited": 40,
                     *         "opened": 31,
                     *         "tested": 25,
                     *         "passed": 18,
                     *         "approved": 15,
                     *         "live": 12
                     *       },
                     *       "links": {
                     *         "active": 33,
                     *         "expired": 5,
                     *         "revoked": 2
                     *       },
                     *       "daysToApproval": {
                     *         "count": 15,
                     *         "median": 4.2,
                     *         "p90": 13.5,
                     *         "histogram": [
                     *           {
                     *             "fromDays": 0,
                     *             "toDays": 1,
                     *             "count": 3
                     *           },
                     *           {
                     *             "fromDays": 2,
                     *             "toDays": 3,
                     *             "count": 4
                     *           },
                     *           {
                     *             "fromDays": 4,
                     *             "toDays": 7,
                     *             "count": 5
                     *           },
                     *           {
                     *             "fromDays": 8,
                     *             "toDays": 14,
                     *             "count": 2
                     *           },
                     *           {
                     *             "fromDays": 15,
                     *             "toDays": 30,
                     *             "count": 1
                     *           },
                     *           {
                     *             "fromDays": 31,
                     *             "toDays": null,
                     *             "count": 0
                     *           }
                     *         ]
                     *       },
                     *       "failingChecks": [
                     *         {
                     *           "checkId": "text.layer-present",
                     *           "title": {
                     *             "en": "Every page has a text layer",
                     *             "nl": "Elke pagina heeft een tekstlaag",
                     *             "de": "Jede Seite hat eine Textebene",
                     *             "fr": "Chaque page a une couche texte"
                     *           },
                     *           "failedSuppliers": 6,
                     *           "stuckSuppliers": 3,
                     *           "stuckShare": 0.12
                     *         }
                     *       ],
                     *       "profiles": [
                     *         {
                     *           "profileId": "prf-aaaaaaaaaaaaaaaaaaaa",
                     *           "name": "ACME crediteuren",
                     *           "suppliersTested": 25,
                     *           "suppliersPassed": 18,
                     *           "supplierPassRate": 0.72,
                     *           "runs": 41,
                     *           "runsPassed": 20,
                     *           "runPassRate": 0.4878
                     *         }
                     *       ]
                     *     }
                     */
                    readonly "application/json": {
                        /** Format: date-time */
                        readonly generatedAt: string;
                        readonly filter: {
                            readonly profile: string | null;
                            /** Format: date-time */
                            readonly invitedFrom: string | null;
                            /** Format: date-time */
                            readonly invitedTo: string | null;
                        };
                        /** @description Suppliers (invitations) that reached each stage or a later one: `opened` the link (or tested), `tested` (uploaded a sample), `passed` (a sample was accepted and not rejected by the buyer, or the buyer approved the supplier anyway), `approved` (cleared: approved by the buyer, or passed with enough samples where the profile asks no approval by hand), `live` (approved and the start date has come). */
                        readonly funnel: {
                            readonly invited: number;
                            readonly opened: number;
                            readonly tested: number;
                            readonly passed: number;
                            readonly approved: number;
                            readonly live: number;
                        };
                        readonly links: {
                            readonly active: number;
                            readonly expired: number;
                            readonly revoked: number;
                        };
                        /** @description Days from invitation to approval of the approved suppliers: nearest-rank median and 90th percentile (one decimal), and a histogram in whole days (`toDays: null`: and more). */
                        readonly daysToApproval: {
                            readonly count: number;
                            readonly median: number | null;
                            readonly p90: number | null;
                            readonly histogram: readonly {
                                readonly fromDays: number;
                                readonly toDays: number | null;
                                readonly count: number;
                            }[];
                        };
                        /** @description The checks that fail most across suppliers (at most 10): `failedSuppliers` had an error finding of it in any run; `stuckSuppliers` are stuck on it (their latest run has an error finding of it, none of their runs passed and the buyer did not approve them anyway); `stuckShare` is that part of the suppliers that tested. */
                        readonly failingChecks: readonly {
                            readonly checkId: string;
                            readonly title: components["schemas"]["LocalizedText"];
                            readonly failedSuppliers: number;
                            readonly stuckSuppliers: number;
                            readonly stuckShare: number | null;
                        }[];
                        /** @description Pass rate per profile: suppliers passed of suppliers tested, runs passed of runs with a verdict. */
                        readonly profiles: readonly {
                            readonly profileId: string;
                            readonly name: string | null;
                            readonly suppliersTested: number;
                            readonly suppliersPassed: number;
                            readonly supplierPassRate: number | null;
                            readonly runs: number;
                            readonly runsPassed: number;
                            readonly runPassRate: number | null;
                        }[];
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly exportSuppliersCsv: {
        readonly parameters: {
            readonly query?: {
                /** @description Only invitations to test against this stored profile. */
                readonly profile?: string;
                /**
                 * @description Only invitations made at or after this date or moment.
                 * @example 2026-01-01
                 */
                readonly invitedFrom?: string | unknown | unknown;
                /** @description Only invitations made before this date or moment. */
                readonly invitedTo?: string | unknown | unknown;
                /** @description What separates the cells. */
                readonly delimiter?: "semicolon" | "comma";
                /** @description Language of the column titles and words. */
                readonly lang?: "nl" | "en" | "de" | "fr";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The CSV file. */
            readonly 200: {
                headers: {
                    /** @description `attachment; filename="leveranciers.csv"` (or `suppliers.csv`). */
                    readonly "Content-Disposition"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Uitnodiging;Leverancier;E-mailadres;Profiel;Uitgenodigd op;Link geopend op;Tests;Laatste uitslag;Goedgekeurd op;Live vanaf;Status
                     *     inv_AAAAAAAAAAAAAAAA;Bakkerij De Korenschoof;administratie@korenschoof.example;ACME crediteuren;2026-11-02T09:00:00.000Z;2026-11-02T10:12:00.000Z;2;goedgekeurd;2026-11-04T08:30:00.000Z;2026-11-04;Live
                     */
                    readonly "text/csv": string;
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly submitRunSet: {
        readonly parameters: {
            readonly query?: {
                /** @description Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`. */
                readonly wait?: components["parameters"]["Wait"];
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "multipart/form-data": {
                    /** @description The invoice: one file part with a file name (`Content-Disposition: form-data; name="file"; filename="invoice.pdf"`). A `file` part that carries bytes but is without a file name is refused as `400 multipart_invalid` (`reason` says so); an empty one counts as no file chosen (`400 file_missing`). */
                    readonly file: string;
                    /**
                     * @description A preset id or a stored profile id (`prf-…`, with its owner’s key); repeat the field for each profile.
                     * @example lenient
                     */
                    readonly profile: string;
                };
            };
        };
        readonly responses: {
            /** @description The set, every run finished (only with `?wait`). */
            readonly 201: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "set_AAAAAAAAAAAAAAAAAAAAAA",
                     *       "fileName": "factuur.pdf",
                     *       "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                     *       "createdAt": "2026-12-03T10:00:00.000Z",
                     *       "done": true,
                     *       "runs": [
                     *         {
                     *           "runId": "run_AAAAAAAAAAAAAAAAAAAAAA",
                     *           "invitationId": null,
                     *           "buyer": {
                     *             "name": "ACME B.V."
                     *           },
                     *           "profile": {
                     *             "id": "prf-acme",
                     *             "version": 1,
                     *             "name": "ACME crediteuren"
                     *           },
                     *           "status": "completed",
                     *           "verdict": "accepted",
                     *           "differing": []
                     *         }
                     *       ],
                     *       "common": [],
                     *       "links": {
                     *         "self": "/api/run-sets/set_AAAAAAAAAAAAAAAAAAAAAA"
                     *       }
                     *     }
                     */
                    readonly "application/json": {
                        readonly id: string;
                        readonly fileName: string | null;
                        readonly sha256: string;
                        /** Format: date-time */
                        readonly createdAt: string;
                        /** @description Whether every run has finished. */
                        readonly done: boolean;
                        /** @description One per profile (or invitation), in the order asked. */
                        readonly runs: readonly {
                            readonly runId: string;
                            readonly invitationId: string | null;
                            readonly buyer: {
                                readonly name: string;
                            };
                            readonly profile: {
                                readonly id: string;
                                readonly version: number;
                                readonly name: string;
                            };
                            readonly status: components["schemas"]["RunStatus"] | null;
                            readonly verdict: components["schemas"]["Verdict"] | null;
                            /** @description Errors and warnings of this run that not every finished run has. */
                            readonly differing: readonly {
                                readonly checkId: string;
                                /** @enum {string} */
                                readonly severity: "error" | "warning" | "info";
                                readonly messageId: string;
                                readonly message: components["schemas"]["LocalizedText"];
                                readonly hint?: components["schemas"]["LocalizedText"];
                                readonly location?: Record<string, never>;
                            }[];
                        }[];
                        /** @description Errors and warnings every finished run has (once at least two finished), listed once. */
                        readonly common: readonly {
                            readonly checkId: string;
                            /** @enum {string} */
                            readonly severity: "error" | "warning" | "info";
                            readonly messageId: string;
                            readonly message: components["schemas"]["LocalizedText"];
                            readonly hint?: components["schemas"]["LocalizedText"];
                            readonly location?: Record<string, never>;
                        }[];
                        readonly links?: Record<string, never>;
                    };
                };
            };
            /** @description The set, runs queued or running. Read it back at its `Location`. */
            readonly 202: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "set_AAAAAAAAAAAAAAAAAAAAAA",
                     *       "fileName": "factuur.pdf",
                     *       "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                     *       "createdAt": "2026-12-03T10:00:00.000Z",
                     *       "done": true,
                     *       "runs": [
                     *         {
                     *           "runId": "run_AAAAAAAAAAAAAAAAAAAAAA",
                     *           "invitationId": null,
                     *           "buyer": {
                     *             "name": "ACME B.V."
                     *           },
                     *           "profile": {
                     *             "id": "prf-acme",
                     *             "version": 1,
                     *             "name": "ACME crediteuren"
                     *           },
                     *           "status": "completed",
                     *           "verdict": "accepted",
                     *           "differing": []
                     *         }
                     *       ],
                     *       "common": [],
                     *       "links": {
                     *         "self": "/api/run-sets/set_AAAAAAAAAAAAAAAAAAAAAA"
                     *       }
                     *     }
                     */
                    readonly "application/json": {
                        readonly id: string;
                        readonly fileName: string | null;
                        readonly sha256: string;
                        /** Format: date-time */
                        readonly createdAt: string;
                        /** @description Whether every run has finished. */
                        readonly done: boolean;
                        /** @description One per profile (or invitation), in the order asked. */
                        readonly runs: readonly {
                            readonly runId: string;
                            readonly invitationId: string | null;
                            readonly buyer: {
                                readonly name: string;
                            };
                            readonly profile: {
                                readonly id: string;
                                readonly version: number;
                                readonly name: string;
                            };
                            readonly status: components["schemas"]["RunStatus"] | null;
                            readonly verdict: components["schemas"]["Verdict"] | null;
                            /** @description Errors and warnings of this run that not every finished run has. */
                            readonly differing: readonly {
                                readonly checkId: string;
                                /** @enum {string} */
                                readonly severity: "error" | "warning" | "info";
                                readonly messageId: string;
                                readonly message: components["schemas"]["LocalizedText"];
                                readonly hint?: components["schemas"]["LocalizedText"];
                                readonly location?: Record<string, never>;
                            }[];
                        }[];
                        /** @description Errors and warnings every finished run has (once at least two finished), listed once. */
                        readonly common: readonly {
                            readonly checkId: string;
                            /** @enum {string} */
                            readonly severity: "error" | "warning" | "info";
                            readonly messageId: string;
                            readonly message: components["schemas"]["LocalizedText"];
                            readonly hint?: components["schemas"]["LocalizedText"];
                            readonly location?: Record<string, never>;
                        }[];
                        readonly links?: Record<string, never>;
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly 503: components["responses"]["ServiceUnavailable"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getRunSet: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run set id (`set_…`).
                 * @example set_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The set. */
            readonly 200: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "set_AAAAAAAAAAAAAAAAAAAAAA",
                     *       "fileName": "factuur.pdf",
                     *       "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                     *       "createdAt": "2026-12-03T10:00:00.000Z",
                     *       "done": true,
                     *       "runs": [
                     *         {
                     *           "runId": "run_AAAAAAAAAAAAAAAAAAAAAA",
                     *           "invitationId": null,
                     *           "buyer": {
                     *             "name": "ACME B.V."
                     *           },
                     *           "profile": {
                     *             "id": "prf-acme",
                     *             "version": 1,
                     *             "name": "ACME crediteuren"
                     *           },
                     *           "status": "completed",
                     *           "verdict": "accepted",
                     *           "differing": []
                     *         }
                     *       ],
                     *       "common": [],
                     *       "links": {
                     *         "self": "/api/run-sets/set_AAAAAAAAAAAAAAAAAAAAAA"
                     *       }
                     *     }
                     */
                    readonly "application/json": {
                        readonly id: string;
                        readonly fileName: string | null;
                        readonly sha256: string;
                        /** Format: date-time */
                        readonly createdAt: string;
                        /** @description Whether every run has finished. */
                        readonly done: boolean;
                        /** @description One per profile (or invitation), in the order asked. */
                        readonly runs: readonly {
                            readonly runId: string;
                            readonly invitationId: string | null;
                            readonly buyer: {
                                readonly name: string;
                            };
                            readonly profile: {
                                readonly id: string;
                                readonly version: number;
                                readonly name: string;
                            };
                            readonly status: components["schemas"]["RunStatus"] | null;
                            readonly verdict: components["schemas"]["Verdict"] | null;
                            /** @description Errors and warnings of this run that not every finished run has. */
                            readonly differing: readonly {
                                readonly checkId: string;
                                /** @enum {string} */
                                readonly severity: "error" | "warning" | "info";
                                readonly messageId: string;
                                readonly message: components["schemas"]["LocalizedText"];
                                readonly hint?: components["schemas"]["LocalizedText"];
                                readonly location?: Record<string, never>;
                            }[];
                        }[];
                        /** @description Errors and warnings every finished run has (once at least two finished), listed once. */
                        readonly common: readonly {
                            readonly checkId: string;
                            /** @enum {string} */
                            readonly severity: "error" | "warning" | "info";
                            readonly messageId: string;
                            readonly message: components["schemas"]["LocalizedText"];
                            readonly hint?: components["schemas"]["LocalizedText"];
                            readonly location?: Record<string, never>;
                        }[];
                        readonly links?: Record<string, never>;
                    };
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly requestSupplierSignIn: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "email": "info@leverancier.nl",
                 *       "language": "nl"
                 *     }
                 */
                readonly "application/json": {
                    readonly email: string;
                    /**
                     * @description Of the e-mail (default: `Accept-Language`).
                     * @enum {string}
                     */
                    readonly language?: "nl" | "en" | "de" | "fr";
                };
            };
        };
        readonly responses: {
            /** @description Asked. If the address has invitations, the link is on its way. */
            readonly 202: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @constant */
                        readonly sent: true;
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSupplierSession: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The session, or none. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly signedIn: boolean;
                        readonly email?: string;
                        /** @description Send it back in `X-CSRF-Token` on POST and DELETE. */
                        readonly csrfToken?: string;
                        /** Format: date-time */
                        readonly expiresAt?: string;
                    };
                };
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly supplierSignIn: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                /**
                 * @example {
                 *       "token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                 *     }
                 */
                readonly "application/json": {
                    readonly token: string;
                };
            };
        };
        readonly responses: {
            /** @description Signed in. */
            readonly 201: {
                headers: {
                    /** @description The supplier session cookie. */
                    readonly "Set-Cookie"?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly signedIn: boolean;
                        readonly email?: string;
                        /** @description Send it back in `X-CSRF-Token` on POST and DELETE. */
                        readonly csrfToken?: string;
                        /** Format: date-time */
                        readonly expiresAt?: string;
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 404: components["responses"]["NotFound"];
            readonly 410: components["responses"]["Gone"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly supplierSignOut: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Signed out. */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly listSupplierInvitations: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The invitations, newest first. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly email: string;
                        readonly invitations: readonly {
                            readonly id: string;
                            readonly buyer: Record<string, never>;
                            readonly profile: Record<string, never>;
                            readonly supplierName?: string;
                            readonly stage: string;
                            readonly samples: {
                                readonly passed: number;
                                readonly required: number;
                            };
                            readonly latestVerdict: string | null;
                            /** Format: date-time */
                            readonly expiresAt: string;
                            /** Format: date-time */
                            readonly createdAt?: string;
                        }[];
                    };
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly openSupplierInvitation: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description An invitation id (`inv_…`).
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly id: components["parameters"]["InvitationId"];
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The link. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly link: string;
                    };
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly submitSupplierRunSet: {
        readonly parameters: {
            readonly query: {
                /**
                 * @description Comma-separated invitation ids.
                 * @example inv_AAAAAAAAAAAAAAAA
                 */
                readonly invitations: string;
            };
            readonly header?: {
                /** @description The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise. */
                readonly "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "multipart/form-data": {
                    /** @description The invoice: one file part with a file name (`Content-Disposition: form-data; name="file"; filename="invoice.pdf"`). A `file` part that carries bytes but is without a file name is refused as `400 multipart_invalid` (`reason` says so); an empty one counts as no file chosen (`400 file_missing`). */
                    readonly file: string;
                };
            };
        };
        readonly responses: {
            /** @description The set, runs queued. */
            readonly 202: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "set_AAAAAAAAAAAAAAAAAAAAAA",
                     *       "fileName": "factuur.pdf",
                     *       "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                     *       "createdAt": "2026-12-03T10:00:00.000Z",
                     *       "done": true,
                     *       "runs": [
                     *         {
                     *           "runId": "run_AAAAAAAAAAAAAAAAAAAAAA",
                     *           "invitationId": null,
                     *           "buyer": {
                     *             "name": "ACME B.V."
                     *           },
                     *           "profile": {
                     *             "id": "prf-acme",
                     *             "version": 1,
                     *             "name": "ACME crediteuren"
                     *           },
                     *           "status": "completed",
                     *           "verdict": "accepted",
                     *           "differing": []
                     *         }
                     *       ],
                     *       "common": [],
                     *       "links": {
                     *         "self": "/api/run-sets/set_AAAAAAAAAAAAAAAAAAAAAA"
                     *       }
                     *     }
                     */
                    readonly "application/json": {
                        readonly id: string;
                        readonly fileName: string | null;
                        readonly sha256: string;
                        /** Format: date-time */
                        readonly createdAt: string;
                        /** @description Whether every run has finished. */
                        readonly done: boolean;
                        /** @description One per profile (or invitation), in the order asked. */
                        readonly runs: readonly {
                            readonly runId: string;
                            readonly invitationId: string | null;
                            readonly buyer: {
                                readonly name: string;
                            };
                            readonly profile: {
                                readonly id: string;
                                readonly version: number;
                                readonly name: string;
                            };
                            readonly status: components["schemas"]["RunStatus"] | null;
                            readonly verdict: components["schemas"]["Verdict"] | null;
                            /** @description Errors and warnings of this run that not every finished run has. */
                            readonly differing: readonly {
                                readonly checkId: string;
                                /** @enum {string} */
                                readonly severity: "error" | "warning" | "info";
                                readonly messageId: string;
                                readonly message: components["schemas"]["LocalizedText"];
                                readonly hint?: components["schemas"]["LocalizedText"];
                                readonly location?: Record<string, never>;
                            }[];
                        }[];
                        /** @description Errors and warnings every finished run has (once at least two finished), listed once. */
                        readonly common: readonly {
                            readonly checkId: string;
                            /** @enum {string} */
                            readonly severity: "error" | "warning" | "info";
                            readonly messageId: string;
                            readonly message: components["schemas"]["LocalizedText"];
                            readonly hint?: components["schemas"]["LocalizedText"];
                            readonly location?: Record<string, never>;
                        }[];
                        readonly links?: Record<string, never>;
                    };
                };
            };
            readonly 400: components["responses"]["BadRequest"];
            readonly 401: components["responses"]["Unauthorized"];
            readonly 403: components["responses"]["Forbidden"];
            readonly 404: components["responses"]["NotFound"];
            readonly 409: components["responses"]["Conflict"];
            readonly 413: components["responses"]["ContentTooLarge"];
            readonly 415: components["responses"]["UnsupportedMediaType"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly 503: components["responses"]["ServiceUnavailable"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly getSupplierRunSet: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /**
                 * @description A run set id (`set_…`).
                 * @example set_AAAAAAAAAAAAAAAAAAAAAA
                 */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description The set. */
            readonly 200: {
                headers: {
                    readonly Location?: string;
                    readonly [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "set_AAAAAAAAAAAAAAAAAAAAAA",
                     *       "fileName": "factuur.pdf",
                     *       "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                     *       "createdAt": "2026-12-03T10:00:00.000Z",
                     *       "done": true,
                     *       "runs": [
                     *         {
                     *           "runId": "run_AAAAAAAAAAAAAAAAAAAAAA",
                     *           "invitationId": null,
                     *           "buyer": {
                     *             "name": "ACME B.V."
                     *           },
                     *           "profile": {
                     *             "id": "prf-acme",
                     *             "version": 1,
                     *             "name": "ACME crediteuren"
                     *           },
                     *           "status": "completed",
                     *           "verdict": "accepted",
                     *           "differing": []
                     *         }
                     *       ],
                     *       "common": [],
                     *       "links": {
                     *         "self": "/api/run-sets/set_AAAAAAAAAAAAAAAAAAAAAA"
                     *       }
                     *     }
                     */
                    readonly "application/json": {
                        readonly id: string;
                        readonly fileName: string | null;
                        readonly sha256: string;
                        /** Format: date-time */
                        readonly createdAt: string;
                        /** @description Whether every run has finished. */
                        readonly done: boolean;
                        /** @description One per profile (or invitation), in the order asked. */
                        readonly runs: readonly {
                            readonly runId: string;
                            readonly invitationId: string | null;
                            readonly buyer: {
                                readonly name: string;
                            };
                            readonly profile: {
                                readonly id: string;
                                readonly version: number;
                                readonly name: string;
                            };
                            readonly status: components["schemas"]["RunStatus"] | null;
                            readonly verdict: components["schemas"]["Verdict"] | null;
                            /** @description Errors and warnings of this run that not every finished run has. */
                            readonly differing: readonly {
                                readonly checkId: string;
                                /** @enum {string} */
                                readonly severity: "error" | "warning" | "info";
                                readonly messageId: string;
                                readonly message: components["schemas"]["LocalizedText"];
                                readonly hint?: components["schemas"]["LocalizedText"];
                                readonly location?: Record<string, never>;
                            }[];
                        }[];
                        /** @description Errors and warnings every finished run has (once at least two finished), listed once. */
                        readonly common: readonly {
                            readonly checkId: string;
                            /** @enum {string} */
                            readonly severity: "error" | "warning" | "info";
                            readonly messageId: string;
                            readonly message: components["schemas"]["LocalizedText"];
                            readonly hint?: components["schemas"]["LocalizedText"];
                            readonly location?: Record<string, never>;
                        }[];
                        readonly links?: Record<string, never>;
                    };
                };
            };
            readonly 401: components["responses"]["Unauthorized"];
            readonly 404: components["responses"]["NotFound"];
            readonly 429: components["responses"]["TooManyRequests"];
            readonly default: components["responses"]["Problem"];
        };
    };
    readonly event_run_completed: {
        readonly parameters: {
            readonly query?: never;
            readonly header: {
                readonly "Proeffactuur-Signature": string;
                readonly "Proeffactuur-Event": components["schemas"]["WebhookEvent"];
                readonly "Proeffactuur-Delivery": string;
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": components["schemas"]["EventPayload"];
            };
        };
        readonly responses: {
            /** @description Received (any 2xx). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused; retried. */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    readonly event_run_approved: {
        readonly parameters: {
            readonly query?: never;
            readonly header: {
                readonly "Proeffactuur-Signature": string;
                readonly "Proeffactuur-Event": components["schemas"]["WebhookEvent"];
                readonly "Proeffactuur-Delivery": string;
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": components["schemas"]["EventPayload"];
            };
        };
        readonly responses: {
            /** @description Received (any 2xx). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused; retried. */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    readonly event_run_rejected: {
        readonly parameters: {
            readonly query?: never;
            readonly header: {
                readonly "Proeffactuur-Signature": string;
                readonly "Proeffactuur-Event": components["schemas"]["WebhookEvent"];
                readonly "Proeffactuur-Delivery": string;
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": components["schemas"]["EventPayload"];
            };
        };
        readonly responses: {
            /** @description Received (any 2xx). */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused; retried. */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
