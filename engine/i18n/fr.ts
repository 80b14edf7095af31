import type { MessageId } from './en.js';

/**
 * French message catalogue (neutral French for France and Belgium, "vous", plain words for small
 * suppliers). Same ids and placeholders as `en.ts`. Dutch terms that are the thing itself (numéro KvK,
 * btw-nummer) stay, with a short explanation.
 */
export const fr: Readonly<Record<MessageId, string>> = {
  'file.is-pdf.empty': 'Le fichier est vide (0 octet) : il ne contient aucune facture.',
  'file.is-pdf.empty.hint':
    'Exportez à nouveau la facture depuis votre logiciel de facturation et envoyez le fichier PDF qu’il enregistre.',
  'file.is-pdf.image':
    'Ce fichier est une image ({{format}}), pas un PDF. Votre client n’accepte les factures qu’en fichier PDF.',
  'file.is-pdf.image.hint':
    'Exportez la facture en PDF depuis votre logiciel de facturation. Si vous n’avez qu’une facture papier, numérisez-la en PDF (pas en JPG ni en PNG).',
  'file.is-pdf.ubl-xml':
    'Ce fichier est une facture électronique UBL (XML), pas un PDF. Une vraie facture électronique n’a pas sa place dans un test PDF : elle peut être envoyée par le réseau de facturation électronique (Peppol).',
  'file.is-pdf.ubl-xml.hint':
    'Demandez à votre client si vous pouvez envoyer vos factures en facture électronique (UBL / Peppol) plutôt qu’en PDF. Pour ce test, envoyez la version PDF de la facture.',
  'file.is-pdf.cii-xml':
    'Ce fichier est une facture électronique structurée (UN/CEFACT CII XML, comme dans Factur-X, ZUGFeRD et XRechnung), pas un PDF.',
  'file.is-pdf.cii-xml.hint':
    'Votre logiciel produit déjà de vraies factures électroniques : demandez à votre client si vous pouvez les envoyer par le réseau de facturation électronique. Pour ce test, envoyez la version PDF de la facture.',
  'file.is-pdf.office': 'Ce fichier est un document bureautique ou une archive ZIP, pas un PDF.',
  'file.is-pdf.office.hint':
    'Ouvrez la facture dans votre traitement de texte ou votre tableur, choisissez « Enregistrer sous » ou « Exporter » → PDF, puis envoyez ce PDF.',
  'file.is-pdf.not-pdf':
    'Ce fichier n’est pas un PDF : son contenu ne commence pas comme commence tout PDF (« %PDF- »), quel que soit son nom.',
  'file.is-pdf.not-pdf.hint':
    'Exportez la facture en PDF depuis votre logiciel de facturation et envoyez ce fichier. Renommer un fichier en .pdf n’en fait pas un PDF.',
  'file.max-size.too-large':
    'Le fichier fait {{size}} ; votre client accepte au plus {{limit}} par facture. Envoyé par e-mail, il fait environ {{emailSize}}.',
  'file.max-size.too-large.hint':
    'Réduisez le PDF : exportez-le directement depuis votre logiciel de facturation au lieu de le numériser, ou numérisez en noir et blanc ou en niveaux de gris à 300 DPI plutôt qu’en couleur à une résolution plus élevée. Retirez les pièces jointes qui ne font pas partie de la facture.',
  'file.max-size.email-too-large':
    'Le fichier fait {{size}}, mais envoyé par e-mail il fait environ {{emailSize}} : l’e-mail encode les pièces jointes, ce qui les rend environ un tiers plus grandes. La boîte aux lettres de votre client accepte des e-mails de {{limit}} au plus, cette facture serait donc renvoyée.',
  'file.max-size.email-too-large.hint':
    'Réduisez le PDF : exportez-le directement depuis votre logiciel de facturation au lieu de le numériser, numérisez en noir et blanc ou en niveaux de gris à 300 DPI, et envoyez une facture par e-mail sans autres pièces jointes.',
  'file.max-page-side.too-large':
    'La page {{page}} mesure {{widthMm}} × {{heightMm}} mm ; le logiciel de votre client accepte des pages de {{limitMm}} mm ({{limitIn}} pouces) au plus sur leur plus grand côté, il ne lira donc pas cette page.',
  'file.max-page-side.too-large.hint':
    'Réglez le format de page sur A4 dans votre logiciel de facturation (ou « Ajuster au format A4 » lors de l’enregistrement en PDF) et exportez à nouveau la facture.',
  'pdf.readable.damaged':
    'Le PDF est endommagé et ne peut pas être ouvert, le logiciel de votre client ne peut donc pas le lire non plus.',
  'pdf.readable.damaged.hint':
    'Créez à nouveau le PDF depuis votre logiciel de facturation. N’envoyez pas un fichier réparé, modifié à la main ou converti par un outil en ligne.',
  'pdf.readable.truncated':
    'Le PDF est incomplet : le fichier s’arrête avant sa fin, il a donc probablement été coupé lors de son enregistrement, de son téléchargement ou de son envoi.',
  'pdf.readable.truncated.hint':
    'Enregistrez ou téléchargez à nouveau la facture et vérifiez que le fichier s’ouvre entièrement avant de l’envoyer.',
  'pdf.readable.truncated-recovered':
    'Le PDF est incomplet (le fichier n’a pas de fin correcte), mais ses pages ont tout de même pu être lues. Certains logiciels le refuseront.',
  'pdf.readable.truncated-recovered.hint':
    'Enregistrez ou exportez à nouveau la facture pour que le fichier soit complet.',
  'pdf.readable.structure-damaged':
    'La structure interne du PDF est endommagée : des parties du fichier renvoient à des endroits qui n’existent pas ou qui ne peuvent pas être lus. Les pages s’affichent peut-être bien à l’écran, mais le logiciel de votre client cesse de lire un tel fichier.',
  'pdf.readable.structure-damaged.hint':
    'Exportez ou imprimez à nouveau la facture en PDF depuis votre logiciel de facturation et envoyez le nouveau fichier. N’envoyez pas un fichier réparé, modifié à la main ou converti par un outil en ligne.',
  'pdf.readable.page-damaged': 'La page {{page}} est endommagée : son contenu n’a pas pu être lu.',
  'pdf.readable.page-damaged.hint':
    'Créez à nouveau le PDF depuis votre logiciel de facturation ; ne le modifiez pas et ne le fusionnez pas avec d’autres outils.',
  'pdf.encrypted.user-password':
    'Le PDF est protégé par un mot de passe. Le logiciel de votre client ne peut pas l’ouvrir, la facture ne sera donc pas traitée.',
  'pdf.encrypted.user-password.hint':
    'Enregistrez la facture sans mot de passe : dans votre logiciel de facturation ou PDF, désactivez « protéger par mot de passe » / la sécurité du document avant l’export.',
  'pdf.resource-limits.exceeded':
    'Des parties du PDF ({{count}} au total) sont si volumineuses que leur lecture prendrait trop de temps ou de mémoire : par exemple une partie compressée qui se décompresse en gigaoctets, ou une page avec des centaines de milliers d’instructions de dessin. Ces parties ont été ignorées, le logiciel de votre client ne lira donc probablement pas cette facture non plus.',
  'pdf.resource-limits.exceeded.hint':
    'Créez à nouveau le PDF directement depuis votre logiciel de facturation avec « Enregistrer en PDF » ou « Exporter en PDF », sans le modifier dans d’autres outils. Si la facture contient une grande image ou un grand logo, utilisez-en un plus petit.',
  'pdf.max-pages.too-many':
    'Le PDF compte {{pages}} pages ; votre client accepte au plus {{limit}} pages par facture.',
  'pdf.max-pages.too-many.hint':
    'Envoyez une facture par PDF et retirez les pages qui ne font pas partie de la facture (conditions générales, listes de prix, annexes).',
  'text.layer-present.missing':
    'La page {{page}} ne contient pas de texte : ce n’est qu’une image (une numérisation, ou un PDF « imprimé » comme une image), son texte ne peut donc pas être sélectionné ni copié.',
  'text.layer-present.too-little':
    'La page {{page}} ne contient que {{chars}} caractères de texte ; le logiciel de votre client en a besoin d’au moins {{minChars}} sur chaque page pour la lire comme du texte.',
  'text.layer-present.too-little.hint':
    'Vérifiez que tout le texte de la facture est du vrai texte dans le PDF (vous pouvez le sélectionner) et pas une partie d’une image, comme un logo ou un en-tête numérisé qui contient les coordonnées.',
  'text.min-height.field-too-small':
    '{{Field}} ({{value}}) en page {{page}} est imprimé en corps {{smallestPt}} ; le logiciel de votre client lit de façon fiable un texte de {{minPt}} points ou plus, il risque donc de mal le lire ou de l’ignorer.',
  'text.min-height.field-too-small.hint':
    'Imprimez les données de la facture (numéros, dates, montants) avec une taille de police d’au moins {{minPt}} points ; 9 à 11 points est l’usage.',
  'text.min-height.page-too-small':
    'La plus grande partie du texte de la page {{page}} ({{share}} %) est plus petite que {{minPt}} points (la plus petite fait {{smallestPt}} points) ; le logiciel de votre client ne lit pas un texte aussi petit de façon fiable.',
  'text.min-height.page-too-small.hint':
    'Utilisez une taille de police d’au moins {{minPt}} points ; ne réduisez pas la facture pour la faire tenir sur une page.',
  'text.min-height.fine-print':
    'Une partie du texte de la page {{page}} ({{share}} %) est plus petite que {{minPt}} points (la plus petite fait {{smallestPt}} points) ; le logiciel de votre client risque de ne pas la lire.',
  'text.min-height.fine-print.hint':
    'Ne mettez pas les données de la facture dans les petits caractères, ou imprimez-les en {{minPt}} points au moins.',
  'ocr.image-side.too-small':
    'L’image de la page {{page}} fait {{widthPx}} × {{heightPx}} pixels ; le logiciel de votre client a besoin d’au moins {{minPx}} pixels de chaque côté, il ne peut donc pas la lire.',
  'ocr.image-side.too-small.hint':
    'Numérisez à nouveau la facture à 300 DPI (une page A4 fait alors environ 2480 × 3508 pixels) ou, mieux, exportez-la en PDF depuis votre logiciel de facturation.',
  'ocr.image-side.too-large':
    'L’image de la page {{page}} fait {{widthPx}} × {{heightPx}} pixels ; le logiciel de votre client accepte au plus {{maxPx}} pixels par côté, il la refusera donc.',
  'ocr.image-side.too-large.hint':
    'Numérisez la facture à 300 DPI plutôt qu’à une résolution plus élevée, ou exportez-la en PDF depuis votre logiciel de facturation.',
  'text.layer-present.missing.hint':
    'Créez le PDF directement depuis votre logiciel de facturation avec « Enregistrer en PDF » ou « Exporter en PDF », au lieu de numériser une impression ou d’imprimer en image.',
  // --- PDF analysis and e-invoices ---
  'pdf.version-allowed.too-old':
    'Le PDF est en version {{version}} ; votre client accepte la version {{min}} ou plus récente.',
  'pdf.version-allowed.too-old.hint':
    'Exportez à nouveau la facture depuis votre logiciel de facturation avec un réglage PDF actuel (PDF 1.4 ou plus récent, ou PDF/A), au lieu d’utiliser une ancienne imprimante PDF.',
  'pdf.version-allowed.too-new':
    'Le PDF est en version {{version}} ; le logiciel de votre client lit le PDF jusqu’à la version {{max}}.',
  'pdf.version-allowed.too-new.hint':
    'Dans les réglages PDF de votre logiciel de facturation, choisissez un format largement pris en charge comme « PDF 1.7 » ou « PDF/A-2b » plutôt que PDF 2.0.',
  'pdf.permissions.restricted':
    'Le PDF est sécurisé par un mot de passe propriétaire : il s’ouvre, mais il interdit {{denied}}. Un logiciel de saisie qui respecte ces restrictions ne lira pas la facture.',
  'pdf.permissions.restricted.hint':
    'Enregistrez la facture sans sécurité de document : dans votre logiciel de facturation ou PDF, désactivez « sécuriser le PDF » ou « restreindre l’impression, la copie et la modification » avant l’export.',
  'pdf.permissions.encrypted':
    'Le PDF est chiffré ({{algorithm}}), bien qu’il s’ouvre sans mot de passe. Certains logiciels de saisie refusent tout PDF chiffré.',
  'pdf.permissions.encrypted.hint':
    'Enregistrez la facture sans sécurité de document (ni mot de passe ni restrictions) et envoyez ce PDF.',
  'pdf.permissions.term.print': 'l’impression',
  'pdf.permissions.term.copy': 'la copie ou l’extraction du texte',
  'pdf.permissions.term.modify': 'la modification',
  'pdf.permissions.term.annotate': 'l’ajout de commentaires',
  'pdf.permissions.term.fillForms': 'le remplissage de formulaires',
  'pdf.permissions.term.extractForAccessibility': 'la lecture du texte pour l’accessibilité',
  'pdf.permissions.term.assemble': 'l’assemblage ou la séparation de pages',
  'pdf.permissions.term.printHighQuality': 'l’impression en pleine qualité',
  'pdf.pdfa-required.missing':
    'Votre client exige le PDF/A (la forme archivable du PDF), mais ce PDF ne se déclare pas PDF/A.',
  'pdf.pdfa-required.missing.hint':
    'Choisissez PDF/A (par exemple PDF/A-2b ou PDF/A-3b) comme format d’export dans votre logiciel de facturation ou votre imprimante PDF, et envoyez ce fichier.',
  'fonts.embedded.missing':
    'La page {{page}} utilise des polices qui ne sont pas incluses dans le PDF : {{fonts}}. Un autre ordinateur affiche le texte dans une police de remplacement, ce qui peut le décaler ou le brouiller pour le logiciel de votre client.',
  'fonts.embedded.missing.hint':
    'Activez « incorporer toutes les polices » (ou choisissez PDF/A) dans les réglages d’export PDF de votre logiciel de facturation et exportez à nouveau la facture.',
  'fonts.unicode-mapping.missing':
    'En page {{page}}, le texte en {{fonts}} ne peut pas être reconverti en caractères : le PDF ne contient aucune table de caractères pour cette police. Un logiciel qui lit la couche texte obtient des caractères sans signification au lieu des données de votre facture.',
  'fonts.unicode-mapping.missing.hint':
    'Exportez à nouveau la facture avec « incorporer les polices » ou PDF/A activé, ou utilisez une police courante comme Arial. Évitez les imprimantes PDF qui enregistrent le texte sous forme de numéros de glyphes.',
  'images.min-dpi.low':
    'La page {{page}} contient une image (une numérisation ou une photo) de seulement {{dpi}} DPI ; le logiciel de votre client a besoin d’au moins {{minDpi}} DPI pour la lire de façon fiable.',
  'images.min-dpi.low.hint':
    'Le mieux : exportez la facture en PDF depuis votre logiciel de facturation au lieu de numériser une impression. Si vous devez numériser, faites-le à 300 DPI en noir et blanc ou en niveaux de gris.',
  'pages.size-allowed.not-allowed':
    'La page {{page}} mesure {{widthMm}} × {{heightMm}} mm ; votre client n’accepte que {{sizes}}.',
  'pages.size-allowed.not-allowed.hint':
    'Réglez le format de papier sur {{sizes}} dans la mise en page ou les réglages d’impression de votre logiciel de facturation et exportez à nouveau la facture.',
  'pages.size-allowed.unusual':
    'La page {{page}} a un format inhabituel ({{widthMm}} × {{heightMm}} mm). Les logiciels de saisie redimensionnent ces pages, ce qui peut rendre le texte trop petit pour être lu ou le couper.',
  'pages.size-allowed.unusual.hint':
    'Réglez le format de papier sur A4 dans la mise en page ou les réglages d’impression de votre logiciel de facturation et exportez à nouveau la facture.',
  'pages.first-not-blank.blank':
    'La première page est vide. Le logiciel de votre client attend la facture en page 1 et risque d’ignorer ou de refuser le fichier.',
  'pages.first-not-blank.blank.hint':
    'Supprimez la première page vide (ou la page de garde) pour que la facture commence en page 1, puis exportez-la à nouveau.',
  'text.garbled.characters':
    '{{percent}} % du texte de la page {{page}} est fait de caractères qui ne sont pas du vrai texte (comme �). Le logiciel de votre client lit la couche texte et obtient ces caractères au lieu des données de votre facture.',
  'text.garbled.characters.hint':
    'Exportez à nouveau la facture avec « incorporer les polices » ou PDF/A activé, ou utilisez une police courante comme Arial. Évitez les imprimantes PDF ou convertisseurs qui abîment le texte.',
  'text.garbled.no-language':
    'Le texte de la page {{page}} est incompréhensible (« {{sample}} ») : la page s’affiche correctement, mais sa couche texte contient d’autres caractères, le logiciel de votre client lit donc n’importe quoi.',
  'text.garbled.no-language.hint':
    'La police est incluse sans table de caractères correcte. Exportez à nouveau la facture avec une police courante comme Arial, ou choisissez PDF/A dans les réglages d’export.',
  'content.single-invoice.several-numbers':
    'Ce PDF semble contenir {{count}} factures (numéros de facture {{numbers}}). Le logiciel de votre client traite un PDF comme une seule facture.',
  'content.single-invoice.numbering-restarts':
    'La numérotation des pages recommence en page {{page}} (« {{label}} »), ce PDF semble donc contenir plusieurs factures. Le logiciel de votre client traite un PDF comme une seule facture.',
  'content.single-invoice.seller-changes':
    'La page {{page}} indique un autre fournisseur ({{after}}) que les pages précédentes ({{before}}), ce PDF semble donc contenir des factures de fournisseurs différents. Le logiciel de votre client traite un PDF comme une seule facture.',
  'content.single-invoice.hint':
    'Envoyez chaque facture dans son propre fichier PDF. La plupart des logiciels de facturation ont un réglage « un PDF par facture » quand vous en envoyez plusieurs à la fois.',
  'content.no-javascript.present':
    'Le PDF contient du JavaScript ({{where}}). Les systèmes de messagerie et de saisie bloquent ou mettent souvent en quarantaine les PDF contenant des scripts, la facture risque donc de ne jamais arriver.',
  'content.no-javascript.present.hint':
    'Exportez la facture en PDF simple ou en PDF/A (qui n’autorise pas les scripts), sans fonctions interactives.',
  'content.no-javascript.term.open-action': 'exécuté à l’ouverture du fichier',
  'content.no-javascript.term.document': 'scripts du document',
  'content.no-javascript.term.page': 'sur une page',
  'content.no-javascript.term.annotation': 'dans un lien ou une annotation',
  'content.no-javascript.term.form-field': 'dans un champ de formulaire',
  'content.no-forms.filled-field':
    'La page {{page}} contient un champ de formulaire rempli (« {{name}} »). Sa valeur ne fait pas partie du texte de la page, un logiciel qui lit la couche texte risque donc de la manquer.',
  'content.no-forms.filled-field.hint':
    'Aplatissez le formulaire avant l’envoi (par exemple avec « imprimer en PDF » ou « aplatir les champs de formulaire »), pour que les valeurs fassent partie de la page.',
  'content.no-forms.xfa':
    'Le PDF est un formulaire XFA. La plupart des lecteurs PDF et des logiciels de saisie affichent un tel formulaire comme une page vide ou un message « veuillez patienter ».',
  'content.no-forms.xfa.hint':
    'Enregistrez la facture en PDF ordinaire, par exemple en imprimant le formulaire en PDF, et envoyez ce fichier.',
  'einvoice.embedded.found':
    'Bonne nouvelle : ce PDF contient une vraie facture électronique ({{profileName}}, jointe sous le nom {{fileName}}) : {{summary}}. Votre logiciel de facturation produit déjà des factures électroniques structurées.',
  'einvoice.embedded.found.hint':
    'Demandez à votre client si vous pouvez envoyer vos factures en facture électronique (UBL par Peppol) plutôt qu’en PDF : les données arrivent alors exactement, sans aucune numérisation.',
  'einvoice.embedded.unreadable':
    'Ce PDF contient une facture électronique ({{fileName}}), mais elle ne peut pas être lue : {{reason}}. Un logiciel de facturation électronique qui utilise la pièce jointe la refusera.',
  'einvoice.embedded.unreadable.hint':
    'Demandez à l’éditeur de votre logiciel de facturation de corriger le XML de la facture électronique jointe, ou désactivez la pièce jointe Factur-X / ZUGFeRD.',
  'einvoice.xml-uploaded.ubl':
    'Ce fichier est une facture électronique au format UBL (XML), pas un PDF : {{summary}}. Une vraie facture électronique n’a pas sa place dans un test PDF : elle peut aller directement à votre client par le réseau de facturation électronique (Peppol).',
  'einvoice.xml-uploaded.cii':
    'Ce fichier est une facture électronique structurée au format CII (XML, comme dans Factur-X, ZUGFeRD et XRechnung), pas un PDF : {{summary}}. Elle relève du canal de facturation électronique, pas d’un test PDF.',
  'einvoice.xml-uploaded.unreadable':
    'Ce fichier est une facture électronique (XML), pas un PDF, et son contenu ne peut pas être lu : {{reason}}.',
  'einvoice.xml-uploaded.hint':
    'Votre logiciel produit déjà de vraies factures électroniques : demandez à votre client si vous pouvez les envoyer par le réseau de facturation électronique (Peppol) plutôt qu’en PDF. Pour ce test PDF, envoyez la version PDF de la facture.',
  'einvoice.term.invoice': 'facture {{value}}',
  'einvoice.term.dated': 'du {{value}}',
  'einvoice.term.total': 'total {{value}}',
  'einvoice.term.seller-vat': 'numéro de TVA du fournisseur {{value}}',
  'einvoice.term.no-data': 'aucune donnée de facture trouvée',
  'einvoice.term.invalid-xml':
    'ce n’est pas un XML valide (par exemple une mauvaise déclaration d’encodage des caractères)',
  'einvoice.term.too-large': 'elle est trop volumineuse',
  'einvoice.term.undecodable': 'elle ne peut pas être extraite du PDF',
  'einvoice.term.not-an-invoice': 'c’est du XML, mais pas une facture CII ou UBL',
  'software.can-send-einvoice.peppol':
    'Ce PDF a été créé avec {{software}}, qui peut envoyer les factures en facture électronique par Peppol.',
  'software.can-send-einvoice.peppol.hint': '{{howTo}}',
  'software.can-send-einvoice.ubl':
    'Ce PDF a été créé avec {{software}}, qui peut produire vos factures en fichiers de facture électronique UBL.',
  'software.can-send-einvoice.ubl.hint': '{{howTo}}',
  // --- invoice fields ---
  'field.invoiceNumber': 'le numéro de facture',
  'field.issueDate': 'la date de facture',
  'field.dueDate': 'la date d’échéance',
  'field.currency': 'la devise',
  'field.totalAmount': 'le total de la facture',
  'field.payableAmount': 'le montant à payer',
  'field.taxAmount': 'le montant de la TVA',
  'field.netAmount': 'le montant hors TVA',
  'field.sellerName': 'le nom de votre entreprise',
  'field.sellerVatId': 'votre numéro de TVA (aux Pays-Bas : btw-nummer)',
  'field.sellerKvk': 'votre numéro KvK (numéro de la Chambre de commerce néerlandaise)',
  'field.iban': 'l’IBAN',
  'field.buyerName': 'le nom de votre client',
  'field.buyerVatId': 'le numéro de TVA de votre client',
  'field.buyerReference': 'la référence de votre client',
  'field.orderReference': 'le numéro de bon de commande',
  'field.label.invoiceNumber': 'Numéro de facture',
  'field.label.issueDate': 'Date de facture',
  'field.label.dueDate': 'Date d’échéance',
  'field.label.currency': 'Devise',
  'field.label.totalAmount': 'Total TTC',
  'field.label.payableAmount': 'Montant à payer',
  'field.label.taxAmount': 'TVA',
  'field.label.netAmount': 'Total HT',
  'field.label.sellerName': 'le nom de votre entreprise en haut',
  'field.label.sellerVatId': 'Numéro de TVA',
  'field.label.sellerKvk': 'KvK',
  'field.label.iban': 'IBAN',
  'field.label.buyerName': 'votre client dans le bloc d’adresse',
  'field.label.buyerVatId': 'Numéro de TVA du client',
  'field.label.buyerReference': 'Votre référence',
  'field.label.orderReference': 'Numéro de bon de commande',
  'channel.text': 'dans le texte du PDF',
  'channel.ocr': 'sur l’image de la page (par reconnaissance de texte)',
  'fields.required.missing':
    '{{Field}} est introuvable {{channel}}. Le logiciel de votre client en a besoin pour traiter la facture.',
  'fields.required.missing.hint':
    'Indiquez {{field}} sur la facture à côté d’un libellé clair, par exemple « {{label}} : … ». Dans la plupart des logiciels de facturation, c’est un champ standard de la mise en page de la facture.',
  'fields.required.missing-labelled':
    '{{Field}} est introuvable {{channel}}. Le logiciel de votre client le cherche à côté d’un libellé comme {{labels}}.',
  'fields.required.missing-labelled.hint':
    'Indiquez {{field}} sur la facture à côté de l’un de ces libellés : {{labels}}. Vous pouvez généralement modifier les libellés dans la mise en page de votre logiciel de facturation.',
  'fields.pattern.mismatch':
    '{{Field}} sur la facture est « {{value}} », ce qui n’a pas la forme exigée par votre client.',
  'fields.pattern.mismatch.hint':
    'Consultez les instructions de votre client pour {{field}} et corrigez-le dans votre logiciel de facturation.',
  'fields.pattern.too-long':
    '{{Field}} « {{value}} » compte {{length}} caractères ; le logiciel de votre client en accepte au plus {{maxLength}}.',
  'fields.pattern.too-long.hint': 'Raccourcissez {{field}} ({{maxLength}} caractères au plus).',
  'fields.pattern.not-allowed':
    '{{Field}} sur la facture est « {{value}} » ; votre client n’accepte que : {{allowed}}.',
  'fields.pattern.not-allowed.hint':
    'Utilisez pour {{field}} l’une des valeurs acceptées par votre client : {{allowed}}.',
  'fields.pattern.not-equal':
    '{{Field}} sur la facture est « {{value}} », mais votre client exige « {{expected}} ».',
  'fields.pattern.not-equal.hint': 'Indiquez « {{expected}} » sur la facture comme {{field}}.',
  'fields.valid-iban.invalid':
    'L’IBAN {{value}} figurant sur la facture n’est pas un numéro de compte valide (ses chiffres de contrôle ne correspondent pas), un paiement vers ce compte échouerait donc.',
  'fields.valid-iban.national-key':
    'Les chiffres de contrôle de l’IBAN {{value}} figurant sur la facture correspondent, mais le numéro de compte qu’il contient échoue au contrôle propre à son pays (la clé bancaire, comme la clé RIB française), un paiement vers ce compte échouerait donc.',
  'fields.valid-iban.national-key.hint':
    'Recopiez l’IBAN depuis un relevé bancaire ou le site de votre banque : un chiffre du numéro de compte (pas dans les quatre premiers caractères) est probablement erroné.',
  'fields.valid-iban.incomplete':
    'L’IBAN {{value}} figurant sur la facture est incomplet ou trop long : un IBAN de {{country}} compte {{length}} caractères. Il est peut-être réparti sur deux lignes ou coupé.',
  'fields.valid-iban.incomplete.hint':
    'Imprimez l’IBAN en entier sur une seule ligne, par groupes de quatre caractères (NL91 ABNA 0417 1643 00), à côté du libellé « IBAN ».',
  'fields.valid-iban.invalid.hint':
    'Vérifiez caractère par caractère l’IBAN dans les paramètres de votre entreprise de votre logiciel de facturation ; recopiez-le depuis un relevé bancaire.',
  'fields.valid-vat-id.checksum':
    '{{Field}} {{value}} n’est pas un numéro d’identification TVA valide : ses chiffres de contrôle sont faux.',
  'fields.valid-vat-id.checksum.hint':
    'Vérifiez caractère par caractère le numéro de TVA dans votre logiciel de facturation. Vous pouvez vérifier un numéro de TVA avec le service européen VIES.',
  'fields.valid-vat-id.format':
    '{{Field}} {{value}} n’a pas la forme d’un numéro d’identification TVA de {{country}}.',
  'fields.valid-vat-id.format.hint':
    'Un numéro de TVA commence par le code du pays, suivi du numéro national (aux Pays-Bas, le btw-nummer : NL, neuf chiffres, B et deux chiffres, par ex. NL123456789B01). Corrigez-le dans votre logiciel de facturation.',
  'fields.valid-kvk.invalid':
    'Le numéro KvK {{value}} figurant sur la facture n’est pas un numéro valide de la Chambre de commerce néerlandaise (KvK) : il doit compter exactement 8 chiffres.',
  'fields.valid-kvk.invalid.hint':
    'Comparez le numéro KvK dans votre logiciel de facturation avec votre inscription à la Chambre de commerce néerlandaise (KvK).',
  'fields.buyer-matches.not-found':
    'La facture ne nomme pas votre client ({{expected}}) : son nom, son numéro de TVA et son numéro KvK sont introuvables {{channel}}.',
  'fields.buyer-matches.not-found.hint':
    'Adressez la facture à {{expected}} : indiquez son nom (et son numéro de TVA) dans le bloc d’adresse de la facture.',
  'fields.buyer-matches.vat-id':
    'La facture est adressée au numéro de TVA {{found}}, mais le numéro de TVA de votre client est {{expected}}.',
  'fields.buyer-matches.vat-id.hint':
    'Corrigez le numéro de TVA du client dans votre logiciel de facturation en {{expected}}.',
  'fields.buyer-matches.name': 'La facture est adressée à « {{found}} », et non à {{expected}}.',
  'fields.buyer-matches.name.hint':
    'Adressez la facture à {{expected}} : corrigez le nom du client dans votre logiciel de facturation.',
  'fields.buyer-matches.field':
    '{{Field}} sur la facture est « {{found}} », mais ce doit être « {{expected}} », celui de votre client.',
  'fields.buyer-matches.field.hint': 'Indiquez « {{expected}} » sur la facture comme {{field}}.',
  'fields.currency-allowed.not-allowed':
    'La facture est en {{currency}} ; votre client n’accepte que des factures en {{allowed}}.',
  'fields.currency-allowed.not-allowed.hint':
    'Établissez la facture en {{allowed}} ; si ce n’est pas possible, demandez d’abord à votre client.',
  'fields.currency-allowed.unknown':
    'La devise « {{currency}} » figurant sur la facture n’est pas un code de devise valide (ISO 4217).',
  'fields.currency-allowed.withdrawn':
    'La facture est en {{currency}}, une devise qui n’est plus utilisée depuis {{since}} ; utilisez {{replacement}}.',
  'fields.currency-allowed.withdrawn.hint':
    'Réglez la devise de la facture sur {{replacement}} dans votre logiciel de facturation, et indiquez les montants en {{replacement}}.',
  'fields.currency-allowed.unknown.hint': 'Utilisez le code de devise officiel à trois lettres, comme EUR.',
  'fields.date-not-in-future.future':
    '{{Field}} est le {{date}}, une date dans le futur (le contrôle a eu lieu le {{today}}).',
  'fields.date-not-in-future.future.hint':
    'Datez la facture du jour de son envoi, ou d’avant. Vérifiez le réglage de la date dans votre logiciel de facturation.',
  'fields.date-max-age.too-old':
    '{{Field}} est le {{date}}, il y a {{days}} jours ; votre client accepte des factures de {{maxAgeDays}} jours au plus.',
  'fields.date-max-age.too-old.hint':
    'Envoyez vos factures rapidement, ou demandez à votre client comment soumettre une facture plus ancienne.',
  'fields.ambiguous.close-candidates':
    'La facture indique plusieurs valeurs pour {{field}} ({{values}}). Le logiciel de votre client doit deviner laquelle est la bonne.',
  'fields.ambiguous.close-candidates.hint':
    'Indiquez {{field}} une seule fois, à côté d’un libellé clair ; laissez les autres numéros ou dates sans ce libellé.',
  'fields.ambiguous.unlabelled-dates':
    'La facture contient plusieurs dates ({{values}}) et aucune n’est libellée comme date de facture, le logiciel de votre client risque donc de prendre la mauvaise.',
  'fields.ambiguous.unlabelled-dates.hint':
    'Placez le libellé « Date de facture » devant la date de la facture.',
  'fields.ambiguous.totals-disagree':
    'La facture indique des totaux différents ({{values}}) qui ne concordent pas avec la TVA, le logiciel de votre client risque donc de prendre le mauvais montant.',
  'fields.ambiguous.totals-disagree.hint':
    'Indiquez un seul total TVA comprise, avec le libellé « Total TTC », et au-dessus le montant hors TVA et la TVA.',
  'fields.channels-agree.mismatch':
    '{{Field}} se lit « {{text}} » dans le texte du PDF, mais « {{ocr}} » sur l’image de la page. Un logiciel qui lit les deux peut prendre l’un ou l’autre.',
  'fields.channels-agree.mismatch.hint':
    'Créez le PDF directement depuis votre logiciel de facturation. Un PDF dont la couche texte diffère de ce qui est affiché a été modifié ou mal converti.',
  'fields.channels-agree.ocr-misread':
    '{{Field}} est « {{text}} » dans le texte du PDF, et la page affiche la même chose, mais le logiciel de reconnaissance de texte (OCR) lit « {{ocr}} ». C’est une erreur de lecture de l’OCR, pas un défaut de votre PDF ; un client dont le logiciel lit l’image de la page risque tout de même de saisir une mauvaise valeur.',
  'fields.channels-agree.ocr-misread.hint':
    'Rien ne doit changer dans votre PDF. Pour aider l’OCR, imprimez {{field}} dans une police simple d’au moins 10 points.',
  'fields.channels-agree.unconfirmed':
    '{{Field}} est « {{text}} » dans le texte du PDF ; l’OCR a lu « {{ocr}} » sur l’image de la page, mais cette image ({{dpi}} DPI) est trop grossière pour confirmer l’un ou l’autre : la valeur ne fait que {{textPx}} pixels de haut, et à cette taille l’OCR lit souvent mal un chiffre. Le texte du PDF est probablement juste ; un logiciel qui lit l’image de la page risque de saisir une mauvaise valeur.',
  'fields.channels-agree.unconfirmed.hint':
    'Rien ne doit changer si votre PDF vient directement de votre logiciel de facturation. Pour qu’un logiciel qui lit l’image de la page lise {{field}} de façon fiable, imprimez-le avec une hauteur d’au moins {{minPt}} points.',
  'totals.sum-matches.mismatch':
    'Les montants ne concordent pas : {{net}} hors TVA + {{tax}} de TVA = {{sum}}, mais le total de la facture est {{total}}.',
  'totals.sum-matches.mismatch.hint':
    'Corrigez les montants dans votre logiciel de facturation pour que le montant hors TVA plus la TVA soit égal au total.',
  'totals.sum-matches.vat-lines':
    'Les lignes de TVA totalisent {{sum}}, mais le total de TVA sur la facture est {{tax}}.',
  'totals.sum-matches.vat-lines.hint': 'Le total de TVA doit être égal à la somme de la TVA par taux.',
  'totals.sum-matches.vat-rate':
    'La TVA à {{rate}} % sur {{base}} est de {{expected}}, mais la facture indique {{amount}}.',
  'totals.sum-matches.vat-rate.hint':
    'Vérifiez le taux et le montant de TVA de cette ligne dans votre logiciel de facturation.',
  'vat.reverse-charge.missing-buyer-vat':
    'La facture indique que la TVA est autoliquidée (« {{text}} »), mais elle n’indique pas le numéro de TVA de votre client, qui est alors obligatoire.',
  'vat.reverse-charge.missing-buyer-vat.hint':
    'Ajoutez le numéro de TVA de votre client sur la facture, avec par exemple le libellé « Numéro de TVA du client » (btw-nummer afnemer).',
  'nl.legal-fields.missing':
    'Une facture néerlandaise doit indiquer {{field}} (article 35a de la loi néerlandaise sur la TVA), mais cette mention est introuvable {{channel}}.',
  'nl.legal-fields.missing.hint':
    'Indiquez {{field}} sur la facture, à côté d’un libellé clair comme « {{label}} ».',
  'einvoice.matches-printed.mismatch':
    '{{Field}} imprimé sur la facture ({{printed}}) diffère de celui de la facture électronique jointe ({{embedded}}). Le logiciel de votre client peut lire l’un ou l’autre.',
  'einvoice.matches-printed.mismatch.hint':
    'Créez le PDF et la facture électronique jointe (Factur-X / ZUGFeRD / UBL) à partir des mêmes données, en une seule étape de votre logiciel de facturation.',
  // --- OCR channel (issue 5) ---
  'file.is-pdf.image-no-text':
    'Ce fichier est une image ({{format}}). Votre client accepte les images, mais son logiciel ne lit que le texte des fichiers PDF, et une image n’en contient pas.',
  'file.is-pdf.image-no-text.hint':
    'Exportez la facture en PDF depuis votre logiciel de facturation (pas en image ni en numérisation), pour que son texte puisse être lu.',
  'ocr.readable-page.not-drawable':
    'La page {{page}} ne peut pas être affichée comme une image, un logiciel qui lit l’image de la page n’y voit donc rien.',
  'ocr.readable-page.not-drawable.hint':
    'Créez à nouveau le PDF depuis votre logiciel de facturation avec « Enregistrer en PDF » ou « Exporter en PDF » ; ne le modifiez pas et ne le réparez pas avec d’autres outils.',
  'ocr.readable-page.image-unreadable':
    'L’image ne peut pas être lue : le fichier est endommagé ou dans une forme que les logiciels d’image ne savent pas ouvrir.',
  'ocr.readable-page.image-unreadable.hint':
    'Numérisez ou exportez à nouveau la facture, de préférence en PDF, et vérifiez que le fichier s’ouvre avant de l’envoyer.',
  'ocr.readable-page.text-not-visible':
    'La page {{page}} contient du texte ({{chars}} caractères) que vous pouvez sélectionner ou copier, mais qui n’est pas visible sur la page elle-même : le logiciel de votre client, qui lit la page comme une image, n’y trouve rien de lisible. Cela arrive avec un texte blanc ou invisible, ou un texte caché derrière une image.',
  'ocr.readable-page.text-not-visible.hint':
    'Veillez à ce que le texte de la facture soit imprimé dans une couleur foncée et ne soit pas couvert par une image de fond. Exportez le PDF directement depuis votre logiciel de facturation au lieu d’ajouter du texte avec un éditeur PDF.',
  'ocr.readable-page.illegible':
    'La page {{page}} affiche quelque chose, mais la reconnaissance de texte (OCR) ne peut y lire aucun mot. Le logiciel de votre client ne pourra pas lire cette page.',
  'ocr.readable-page.illegible.hint':
    'Envoyez une version plus nette : exportez la facture en PDF depuis votre logiciel de facturation, ou numérisez-la à nouveau à 300 DPI en noir et blanc ou en niveaux de gris, droite et propre.',
  'ocr.min-confidence.low':
    'La page {{page}} est difficile à lire pour la reconnaissance de texte (OCR) : elle est lue avec seulement {{confidence}} % de certitude, alors que le logiciel de votre client a besoin d’au moins {{limit}} %. Les montants et les numéros risquent d’être mal lus.',
  'ocr.min-confidence.low.hint':
    'Exportez la facture directement en PDF depuis votre logiciel de facturation au lieu de la numériser ou de la photographier. Si vous devez numériser : 300 DPI, niveaux de gris ou noir et blanc, la page droite et propre, sans forte compression.',
  'ocr.text-height.too-small':
    'Le texte de la page {{page}} est trop petit pour être lu de façon fiable : la plus grande partie du texte de la facture a des lettres de seulement {{xHeightPx}} pixels de haut à {{dpi}} DPI (« {{text}} »), alors que le logiciel de votre client a besoin d’au moins {{limit}} pixels.',
  'ocr.text-height.too-small.hint':
    'Utilisez une police plus grande pour les données de la facture (au moins 8 à 9 points), ou numérisez à une résolution plus élevée (300 DPI).',
  'ocr.text-height.field-too-small':
    '{{Field}} ({{value}}) en page {{page}} est imprimé trop petit pour être lu de façon fiable : ses lettres font {{xHeightPx}} pixels de haut à {{dpi}} DPI, alors que le logiciel de votre client a besoin d’au moins {{limit}} pixels.',
  'ocr.text-height.field-too-small.hint':
    'Imprimez les données de la facture (numéros, dates, montants) dans une police d’au moins 8 à 9 points, ou numérisez à une résolution plus élevée (300 DPI).',
  'ocr.text-height.fine-print':
    'Une partie du texte de la page {{page}} est petite : ses lettres font {{xHeightPx}} pixels de haut à {{dpi}} DPI (« {{text}} »), sous les {{limit}} pixels que le logiciel de votre client lit de façon fiable. Les données de la facture sont assez grandes ; ce texte risque de ne pas être lu.',
  'ocr.text-height.fine-print.hint':
    'Ne mettez pas les données de la facture (numéros, dates, montants) dans les petits caractères.',
  'ocr.skew.tilted':
    'La page {{page}} est inclinée de {{degrees}} degrés ; le logiciel de votre client accepte au plus {{limit}} degrés.',
  'ocr.skew.tilted.hint':
    'Placez le papier bien droit dans le scanner (ou activez son réglage « redresser »). Mieux encore : exportez la facture en PDF depuis votre logiciel de facturation.',
  'ocr.page-orientation.turned':
    'La page {{page}} est {{how}} : le logiciel de votre client la lit telle quelle, il ne peut donc pas lire la facture.',
  'ocr.page-orientation.turned.hint':
    'Redressez la page dans votre logiciel de numérisation ou PDF (ou placez la feuille dans le scanner par le bord supérieur) et enregistrez à nouveau le PDF. Mieux encore : exportez la facture en PDF depuis votre logiciel de facturation.',
  'channels.agree.number-differs':
    'En page {{page}}, le texte du PDF indique {{textValue}}, mais la page affiche {{ocrValue}}. Le logiciel de votre client risque d’enregistrer un mauvais montant ou un mauvais numéro.',
  'channels.agree.number-differs.hint':
    'Le PDF contient un texte caché qui ne correspond pas à ce qui est imprimé. Cela arrive quand un PDF est modifié après coup ou quand sa reconnaissance de texte a échoué. Créez à nouveau le PDF directement depuis votre logiciel de facturation, et ne modifiez jamais des montants dans un éditeur PDF.',
  'channels.agree.number-unconfirmed':
    'En page {{page}}, le texte du PDF indique {{textValue}} ; l’OCR y a lu {{ocrValue}}, mais l’image de la page lue ({{dpi}} DPI) est trop grossière pour confirmer l’un ou l’autre : le texte ne fait que {{textPx}} pixels de haut, et à cette taille l’OCR lit souvent mal un chiffre. Le texte du PDF est probablement juste ; un logiciel qui lit l’image de la page risque de saisir un mauvais nombre.',
  'channels.agree.number-unconfirmed.hint':
    'Rien ne doit changer si votre PDF vient directement de votre logiciel de facturation. Pour qu’un logiciel qui lit l’image de la page lise les montants et les numéros de façon fiable, imprimez-les avec une hauteur d’au moins {{minPt}} points.',
  'channels.agree.text-garbled':
    'Le texte de la page {{page}} ne correspond pas à ce que la page affiche : le texte se lit « {{textSample}} », la page affiche « {{ocrSample}} » (seuls {{agreementPercent}} % des mots concordent). Le logiciel de votre client lit un mauvais texte.',
  'channels.agree.text-garbled.hint':
    'La cause est généralement des polices mal incorporées. Exportez à nouveau le PDF depuis votre logiciel de facturation avec « incorporer les polices » activé, ou utilisez une police standard comme Arial.',
  'run.ocr-failed':
    'La reconnaissance de texte (OCR) a échoué en page {{pages}}, la facture n’a donc pas pu être entièrement contrôlée. C’est un problème de notre côté, pas forcément dans votre facture.',
  'run.ocr-timed-out':
    'La reconnaissance de texte (OCR) a pris trop de temps en page {{pages}} et a été arrêtée, la facture n’a donc pas pu être entièrement contrôlée.',
  'run.check-failed':
    'Tous les contrôles n’ont pas pu être effectués ({{checks}}), la facture n’a donc pas pu être entièrement contrôlée.',
  'run.stage-failed':
    'Une étape du contrôle ({{stage}}) a échoué, la facture n’a donc pas pu être entièrement contrôlée.',
  'run.timed-out':
    'Le contrôle a duré plus de {{seconds}} secondes et a été arrêté, cette facture n’a donc pas pu être entièrement contrôlée.',
  'run.failed':
    'Le contrôle n’a pas pu aboutir à cause d’une erreur interne. La facture elle-même est peut-être correcte.',
  'run.interrupted':
    'Le contrôle a été interrompu plusieurs fois (par exemple par un redémarrage) et a été abandonné.',
  'run.out-of-memory':
    'Le contrôle a demandé trop de mémoire et a été arrêté. La cause est souvent un fichier avec une partie compressée extrêmement volumineuse ; enregistrez à nouveau la facture en PDF simple et réessayez.',
  'verdict.accepted': 'Le logiciel de {{buyer}} peut lire et traiter cette facture.',
  'verdict.rejected': 'Le logiciel de {{buyer}} ne peut pas traiter cette facture en l’état.',
  'verdict.rejected.unreadable': 'Le logiciel de {{buyer}} ne peut pas lire correctement cette facture.',
  'verdict.rejected.data':
    'Le logiciel de {{buyer}} peut lire cette facture, mais certaines données manquent ou sont incorrectes.',
  'verdict.rejected.delivery': 'En l’état, cette facture n’arrivera pas chez {{buyer}}.',
  'verdict.also.data': 'De plus, certaines données manquent ou sont incorrectes.',
  'verdict.also.delivery': 'De plus, la facture n’arrivera pas en l’état.',
  'verdict.undetermined':
    'Le contrôle n’a pas pu être terminé : on ne sait donc pas encore si le logiciel de {{buyer}} peut lire cette facture.',
  'verdict.the-buyer': 'votre client',
  'verdict.checks-passed': '{{passed}} contrôles réussis sur {{run}}',
  'mail.size.too-large':
    'L’e-mail fait {{size}} ; la boîte aux lettres de factures de votre client accepte au plus {{limit}} par message (dans un e-mail, les pièces jointes comptent environ 37 % de plus que sur le disque). Le message serait renvoyé ou perdu.',
  'mail.size.too-large.hint':
    'Envoyez une facture par e-mail et retirez les autres pièces jointes (conditions générales, brochures). Réduisez le PDF : exportez-le directement depuis votre logiciel de facturation au lieu de le numériser.',
  'mail.pdf-count.too-many':
    'Cet e-mail contient {{count}} fichiers PDF ({{names}}). Le logiciel de votre client lit chaque PDF comme une facture distincte : il enregistrerait donc {{count}} factures ou refuserait le message.',
  'mail.pdf-count.too-many.hint':
    'Envoyez exactement un PDF de facture par e-mail. Mettez les conditions générales ou d’autres documents sur votre site web ou envoyez-les une fois, séparément, et non avec chaque facture.',
  'mail.other-attachments.not-allowed':
    'La pièce jointe {{name}} ({{kind}}) ne peut pas accompagner la facture : la boîte aux lettres de votre client accepte {{allowed}} en plus du PDF de la facture.',
  'mail.other-attachments.not-allowed.hint':
    'N’envoyez que le PDF de la facture dans l’e-mail. Retirez les autres fichiers de l’e-mail de facture dans les réglages d’e-mail de votre logiciel de facturation.',
  'mail.other-attachments.forwarded':
    'La pièce jointe {{name}} est un e-mail entier (un message transféré). Le logiciel de votre client n’ouvre pas les e-mails contenus dans des e-mails, une facture qui s’y trouve n’est donc pas trouvée.',
  'mail.other-attachments.forwarded.hint':
    'Ne transférez pas l’e-mail de facture en pièce jointe : envoyez un nouvel e-mail avec le PDF de la facture directement en pièce jointe.',
  'mail.other-attachments.too-many':
    'Cet e-mail a {{count}} pièces jointes ; seules les {{max}} premières ont été lues. Une boîte aux lettres refuse ou traite mal un message avec autant de parties.',
  'mail.other-attachments.too-many.hint': 'Envoyez un PDF de facture par e-mail, sans autres pièces jointes.',
  'mail.attachment-name.missing':
    'La pièce jointe PDF n’a pas de nom de fichier. Certains logiciels de saisie ignorent les pièces jointes sans nom.',
  'mail.attachment-name.missing.hint':
    'Joignez la facture sous forme de fichier dont le nom se termine par .pdf, par exemple factuur-2024-001.pdf.',
  'mail.attachment-name.characters':
    'Le nom de fichier {{name}} contient des caractères que le logiciel de votre client n’accepte pas : {{characters}}.',
  'mail.attachment-name.characters.hint':
    'Nommez le fichier uniquement avec des lettres, des chiffres, des tirets et des points, par exemple factuur-2024-001.pdf. Réglez le nom de fichier dans les réglages d’export ou d’e-mail de votre logiciel de facturation.',
  'mail.attachment-name.too-long':
    'Le nom de fichier {{name}} compte {{length}} caractères ; le logiciel de votre client en accepte au plus {{max}}.',
  'mail.attachment-name.too-long.hint':
    'Utilisez un nom de fichier plus court, par exemple seulement le mot « factuur » (facture) et le numéro de facture.',
  'mail.attachment-name.pattern':
    'Le nom de fichier {{name}} n’a pas la forme demandée par votre client ({{pattern}}).',
  'mail.attachment-name.pattern.hint':
    'Nommez le fichier comme votre client le demande (souvent avec le numéro de facture dans le nom) ; réglez-le dans les réglages d’export de votre logiciel de facturation.',
  'mail.attachment-name.not-pdf-name':
    'La pièce jointe {{name}} est un PDF, mais son nom ne se termine pas par .pdf (déclarée comme {{contentType}}). Un logiciel de saisie qui se fie au nom l’ignore.',
  'mail.attachment-name.not-pdf-name.hint':
    'Veillez à ce que le nom de la facture jointe se termine par .pdf.',
  'mail.attachment-name.not-a-pdf':
    'La pièce jointe {{name}} est nommée ou déclarée comme un PDF, mais son contenu est {{kind}}, pas un PDF. Le logiciel de votre client ne peut pas la lire comme une facture.',
  'mail.attachment-name.not-a-pdf.hint':
    'Joignez le vrai PDF exporté depuis votre logiciel de facturation ; ne renommez pas d’autres fichiers en .pdf.',
  'mail.no-attachment.body-invoice':
    'Cet e-mail n’a pas de pièce jointe PDF : la facture semble se trouver dans le texte de l’e-mail. Le logiciel de votre client ne lit que les pièces jointes PDF, il ne trouve donc aucune facture.',
  'mail.no-attachment.body-invoice.hint':
    'Joignez la facture en PDF à l’e-mail au lieu de la taper ou de la coller dans le message. La plupart des logiciels de facturation ont un réglage « envoyer la facture en pièce jointe PDF ».',
  'mail.no-attachment.none':
    'Cet e-mail n’a pas de pièce jointe PDF, le logiciel de votre client n’y trouve donc aucune facture.',
  'mail.no-attachment.none.hint':
    'Joignez la facture en fichier PDF à l’e-mail, exactement comme vous enverrez vos vraies factures.',
  'mail.no-attachment.unreadable':
    'Ce message n’a pas pu être lu comme un e-mail ({{reason}}), aucune facture n’y a donc été trouvée.',
  'mail.no-attachment.unreadable.hint':
    'Envoyez à nouveau la facture depuis votre messagerie ou votre logiciel de facturation habituel, avec le PDF en pièce jointe. Si vous envoyez un e-mail enregistré, enregistrez-le au format .eml.',
  'mail.archive-attachment.found':
    'La pièce jointe {{name}} est une archive compressée ({{kind}}). Le logiciel de votre client ne décompresse pas les archives, une facture qui s’y trouve n’est donc pas trouvée.',
  'mail.archive-attachment.found.hint':
    'Joignez le PDF de la facture lui-même, pas emballé dans un fichier ZIP ou RAR. Si l’e-mail est trop volumineux, réduisez plutôt le PDF.',
  'mail.tnef.found':
    'L’e-mail contient winmail.dat ({{name}}) : Outlook l’a envoyé dans son propre format « Texte enrichi ». Les autres logiciels de messagerie, dont celui de votre client, ne peuvent pas l’ouvrir et ne voient pas la facture.',
  'mail.tnef.found.hint':
    'Dans Outlook, choisissez Fichier > Options > Courrier > « Composer les messages au format » et sélectionnez HTML ou Texte brut. Pour un contact : ouvrez le contact, double-cliquez sur l’adresse e-mail et réglez « Format Internet » sur « Envoyer en texte brut uniquement ». Envoyez ensuite à nouveau la facture.',
  'mail.inline-image.ignored':
    '{{count}} image(s) dans le corps de l’e-mail ({{names}}), comme un logo ou une signature, sont ignorées par le logiciel de votre client : elles ne sont pas prises pour des factures.',
  'mail.inline-image.attached':
    'L’image {{name}} est jointe comme fichier séparé, et non affichée dans le corps du message. Le logiciel de votre client risque de la prendre pour une facture (ou une deuxième facture).',
  'mail.inline-image.attached.hint':
    'Placez votre logo dans la signature de l’e-mail comme image dans le texte (e-mail HTML), pas en pièce jointe ; ou retirez-le des e-mails de facture.',
  'fields.seller-matches.iban':
    'L’IBAN {{found}} figurant sur la facture n’est pas le compte bancaire que l’acheteur a enregistré pour vous ({{onFile}}). L’acheteur ne paie pas sur un compte qu’il ne connaît pas.',
  'fields.seller-matches.iban.hint':
    'Indiquez sur la facture l’IBAN que l’acheteur connaît. Votre compte bancaire a changé ? Signalez-le par la procédure de l’acheteur pour les changements de coordonnées bancaires (demandez à votre contact), jamais par une facture d’essai : une facture d’essai ne change pas le compte sur lequel l’acheteur paie.',
  'fields.seller-matches.vat-id':
    'Le numéro de TVA {{found}} figurant sur la facture n’est pas celui que l’acheteur a enregistré pour vous ({{expected}}).',
  'fields.seller-matches.vat-id.hint':
    'Vérifiez le numéro de TVA dans votre logiciel de facturation. Si {{expected}} est erroné, demandez à l’acheteur de le corriger dans ses données.',
  'fields.seller-matches.kvk':
    'Le numéro KvK {{found}} figurant sur la facture n’est pas celui que l’acheteur a enregistré pour vous ({{expected}}).',
  'fields.seller-matches.kvk.hint':
    'Vérifiez le numéro KvK dans votre logiciel de facturation. Si {{expected}} est erroné, demandez à l’acheteur de le corriger dans ses données.',
  'fields.seller-matches.name':
    'Le nom de votre entreprise sur la facture, « {{found}} », diffère du nom que l’acheteur a enregistré pour vous ({{expected}}).',
  'fields.seller-matches.name.hint':
    'Utilisez le même nom d’entreprise que lors de votre enregistrement chez l’acheteur, afin que son logiciel vous retrouve parmi ses fournisseurs.',
};
