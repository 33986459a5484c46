<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../briefing_app/ui/article_pane.py" line="+116"/>
        <source>Article shown</source>
        <translation>Article affiché</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected item</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highlight colours</source>
        <translation>Couleurs de surlignage</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../briefing_app/ui/article_view.py" line="+74"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../briefing_app/ui/checks_panel.py" line="+25"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The note has no title.</source>
        <translation>La note n’a pas de titre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bottom line up front is empty.</source>
        <translation>«&#xa0;L’essentiel&#xa0;» est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} has no evidence in the article.</source>
        <translation>{label}&#xa0;: aucun élément probant dans l’article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} has no likelihood.</source>
        <translation>{label}&#xa0;: probabilité non renseignée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} has no impact.</source>
        <translation>{label}&#xa0;: impact non renseigné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} does not say who made it.</source>
        <translation>{label}&#xa0;: l’auteur n’est pas indiqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: a passage could not be found in the article any more.</source>
        <translation>{label}&#xa0;: un passage est introuvable dans l’article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note has no article.</source>
        <translation>La note n’a aucun article.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to check: the note is complete.</source>
        <translation>Rien à signaler&#xa0;: la note est complète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 errors, %2 things to review. Click one to go there.</source>
        <translation>Erreurs&#xa0;: %1&#xa0;; points à revoir&#xa0;: %2. Cliquez sur une ligne pour y aller.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../briefing_app/app/document.py" line="+96"/>
        <source>Detach evidence</source>
        <translation>Détacher l’élément probant</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete actor %s</source>
        <translation>Supprimer l’acteur %s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach evidence</source>
        <translation>Joindre un élément probant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace article text</source>
        <translation>Remplacer le texte de l’article</translation>
    </message>
</context>
<context>
    <name>DraftReview</name>
    <message>
        <location filename="../../briefing_app/ui/draft_review.py" line="+51"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected suggestions to the note (Enter)</source>
        <translation>Ajouter les suggestions sélectionnées à la note (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and edit</source>
        <translation>Accepter et modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never propose the selected suggestions again (Del)</source>
        <translation>Ne plus jamais proposer les suggestions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Use Draft from article (Ctrl+D) to get suggestions.</source>
        <translation>Utilisez «&#xa0;Ébaucher à partir de l’article&#xa0;» (Ctrl+D) pour obtenir des suggestions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every suggestion has been reviewed.</source>
        <translation>Toutes les suggestions ont été examinées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 suggestions to review. Select one to see its passage.</source>
        <translation>Suggestions à examiner&#xa0;: %1. Sélectionnez-en une pour voir son passage.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Accept all suggestions</source>
        <translation>Accepter toutes les suggestions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reject suggestion</source>
        <translation>Rejeter la suggestion</translation>
    </message>
</context>
<context>
    <name>DraftSettingsDialog</name>
    <message>
        <location filename="../../briefing_app/ui/draft_settings.py" line="+31"/>
        <source>Draft assistant settings</source>
        <translation>Réglages de l’assistant de rédaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watch-list of actors</source>
        <translation>Liste de veille des acteurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk cue words</source>
        <translation>Mots-indices de risque</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Watch-list: actors the assistant should always recognise, one per line: name | kind | country (kind: company, person, government, investor, organisation, other).</source>
        <translation>Liste de veille : acteurs que l’assistant doit toujours reconnaître, un par ligne : nom | type | pays (type : company, person, government, investor, organisation, other).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Risk cue words: one per line: words | category | weight 1–3 (categories: ownership, technology, cloud-jurisdiction, partnership, regulatory, talent, other).</source>
        <translation>Mots-indices de risque : un par ligne : mots | catégorie | poids 1–3 (catégories : ownership, technology, cloud-jurisdiction, partnership, regulatory, talent, other).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Watch-list, </source>
        <translation>Liste de veille, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cue words, </source>
        <translation>Mots-indices, </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefing_app/ui/export_dialog.py" line="+39"/>
        <source>Export the briefing</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, through LibreOffice (.pdf)</source>
        <translation>PDF, via LibreOffice (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing&apos;s own template</source>
        <translation>Modèle de Briefing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an organisation template…</source>
        <translation>Choisir un modèle de l’organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annex with the full text of the articles</source>
        <translation>Annexe avec le texte intégral des articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk matrix and link chart as pictures</source>
        <translation>Matrice des risques et carte des liens en images</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template gives its styles, page setup, header and footer (.docx or .dotx). Styles it lacks are taken from Briefing&apos;s template.</source>
        <translation>Un modèle apporte ses styles, sa mise en page, son en-tête et son pied de page (.docx ou .dotx). Les styles qui lui manquent sont repris du modèle de Briefing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Organisation template</source>
        <translation>Modèle de l’organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Modèles Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefing_app/ui/article_pane.py" line="-120"/>
        <source>Find in the article (accents and case ignored)</source>
        <translation>Rechercher dans l’article (accents et casse ignorés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no match</source>
        <translation>aucune occurrence</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../briefing_app/ui/item_editor.py" line="+87"/>
        <source>Grading</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Detach passage</source>
        <translation>Détacher le passage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an item to edit it here.</source>
        <translation>Sélectionnez une entrée pour la modifier ici.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reliability</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information credibility</source>
        <translation>Crédibilité de l’information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affects</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driven by</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Completely reliable</source>
        <translation>Complètement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually reliable</source>
        <translation>Habituellement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly reliable</source>
        <translation>Assez fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not usually reliable</source>
        <translation>Pas toujours fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreliable</source>
        <translation>Non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability cannot be judged</source>
        <translation>Fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by other sources</source>
        <translation>Confirmée par d’autres sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably true</source>
        <translation>Probablement vraie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possibly true</source>
        <translation>Possiblement vraie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truth cannot be judged</source>
        <translation>Véracité impossible à évaluer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%s (missing)</source>
        <translation>%s (introuvable)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not graded</source>
        <translation>Non cotée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (not found in the text)</source>
        <translation> (introuvable dans le texte)</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../briefing_app/app/item_model.py" line="+114"/>
        <source>No evidence yet: select a passage and use Attach evidence (Ctrl+E).</source>
        <translation>Aucun élément probant&#xa0;: sélectionnez un passage et joignez-le (Ctrl+E).</translation>
    </message>
</context>
<context>
    <name>LinkChartView</name>
    <message>
        <location filename="../../briefing_app/ui/link_chart.py" line="+45"/>
        <source>Link chart</source>
        <translation>Carte des liens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Automatic layout</source>
        <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the positions you gave the actors</source>
        <translation>Oublier les positions données aux acteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Move %s</source>
        <translation>Déplacer %s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Move %n actor(s)</source>
        <translation>
            <numerusform>Déplacer %n acteur</numerusform>
            <numerusform>Déplacer %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add actors and relationships to see them here.</source>
        <translation>Ajoutez des acteurs et des relations pour les voir ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="+387"/>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link chart</source>
        <translation>Carte des liens</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Pictures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open an article or a note to begin.</source>
        <translation>Ouvrez un article ou une note pour commencer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Word…</source>
        <translation>E&amp;xporter vers Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;article to this note…</source>
        <translation>Ajouter un &amp;article à cette note…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace article text…</source>
        <translation>&amp;Remplacer le texte de l’article…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New note from &amp;clipboard</source>
        <translation>Nouvelle note depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add clip&amp;board as article</source>
        <translation>Ajouter le presse-papiers comme arti&amp;cle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as &amp;actor</source>
        <translation>Ajouter comme &amp;acteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as &amp;claim</source>
        <translation>Ajouter comme a&amp;ffirmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as &amp;risk</source>
        <translation>Ajouter comme &amp;risque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Draft from article</source>
        <translation>É&amp;baucher à partir de l’article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft assistant &amp;settings…</source>
        <translation>&amp;Réglages de l’assistant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach as &amp;evidence to the selected item</source>
        <translation>Joindre comme élément &amp;probant à l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in the article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the article</source>
        <translation>Aller à l’article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the note</source>
        <translation>Aller à la note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next note tab</source>
        <translation>Onglet suivant de la note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous note tab</source>
        <translation>Onglet précédent de la note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk matrix and link &amp;chart</source>
        <translation>Matrice des risques et &amp;carte des liens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;vidence</source>
        <translation>Éléments &amp;probants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Briefing</source>
        <translation>À &amp;propos de Briefing</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add an item to the current table</source>
        <translation>Ajouter une entrée au tableau affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item</source>
        <translation>Supprimer l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up / down</source>
        <translation>Monter / descendre l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cell</source>
        <translation>Modifier la cellule sélectionnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Briefing</source>
        <translation>À propos de Briefing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing %1

Read an article and build an evidence-linked briefing note beside it. Everything stays on this computer: Briefing opens no network connection.</source>
        <translation>Briefing %1

Lisez un article et rédigez à côté une note de synthèse dont chaque élément renvoie à ses éléments probants. Tout reste sur cet ordinateur&#xa0;: Briefing n’ouvre aucune connexion réseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 actors, %2 claims, %3 risks, %4 relationships. Select a passage, then Ctrl+1/2/3 to add it.</source>
        <translation>Acteurs&#xa0;: %1, affirmations&#xa0;: %2, risques&#xa0;: %3, relations&#xa0;: %4. Sélectionnez un passage, puis Ctrl+1/2/3 pour l’ajouter.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This passage is no longer in the text.</source>
        <translation>Ce passage ne figure plus dans le texte.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select a passage of the article first.</source>
        <translation>Sélectionnez d’abord un passage de l’article.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added with the selected passage as evidence.</source>
        <translation>Ajouté avec le passage sélectionné comme élément probant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an item in the note first.</source>
        <translation>Sélectionnez d’abord une entrée de la note.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open an article first.</source>
        <translation>Ouvrez d’abord un article.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note has unsaved changes. Save them first?</source>
        <translation>La note contient des modifications non enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an article or a note</source>
        <translation>Ouvrir un article ou une note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and articles (*.yaml %s);;All files (*)</source>
        <translation>Notes et articles (*.yaml %s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %s</source>
        <translation>Impossible d’ouvrir %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %s (encoding %s).</source>
        <translation>%s ouvert (encodage %s).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add an article to this note</source>
        <translation>Ajouter un article à cette note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Articles (%s);;All files (*)</source>
        <translation>Articles (%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot add %s</source>
        <translation>Impossible d’ajouter %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article added: %s</source>
        <translation>Article ajouté&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (encoding %s)</source>
        <translation> (encodage %s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>clipboard</source>
        <translation>presse-papiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Nothing to read on the clipboard</source>
        <translation>Rien à lire dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note has no article to replace.</source>
        <translation>La note n’a aucun article à remplacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the article text with a newer version</source>
        <translation>Remplacer le texte de l’article par une version plus récente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %s</source>
        <translation>Impossible de lire %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some passages could not be found</source>
        <translation>Certains passages sont introuvables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 passage(s) could not be placed in the new text. They are kept, marked as not found, and listed in the Checks tab.</source>
        <translation>Passages introuvables dans le nouveau texte&#xa0;: %1. Ils sont conservés, marqués comme introuvables et listés dans l’onglet Vérifications.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text replaced; every passage was found.</source>
        <translation>Texte remplacé&#xa0;; tous les passages ont été retrouvés.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Briefing notes (*.yaml)</source>
        <translation>Notes Briefing (*.yaml)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note was not saved</source>
        <translation>La note n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>The note was not exported</source>
        <translation>La note n’a pas été exportée</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%s is the note itself; choose another file.</source>
        <translation>%s est le fichier de la note elle-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %s</source>
        <translation>%s exporté</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../briefing_app/ui/note_panel.py" line="+218"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+53"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+57"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
</context>
<context>
    <name>RecoveryManager</name>
    <message>
        <location filename="../../briefing_app/app/recovery.py" line="+338"/>
        <source>The recovery copy could not be written: %s</source>
        <translation>Impossible d’écrire la copie de secours&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>RiskMatrixView</name>
    <message>
        <location filename="../../briefing_app/ui/risk_matrix.py" line="+302"/>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the matrix (likelihood or impact not set)</source>
        <translation>Hors matrice (probabilité ou impact non renseigné)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risks not on the matrix</source>
        <translation>Risques hors matrice</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../briefing_app/ui/note_panel.py" line="-230"/>
        <source>Actors table</source>
        <translation>Tableau des acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims table</source>
        <translation>Tableau des affirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks table</source>
        <translation>Tableau des risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships table</source>
        <translation>Tableau des relations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an item (Ins)</source>
        <translation>Ajouter une entrée (Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item (Del)</source>
        <translation>Supprimer l’entrée sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+2"/>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete actor</source>
        <translation>Supprimer l’acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is named in %2 claim, risk or relationship fields. Delete the actor and remove those references? Relationships with it are deleted too; Undo brings everything back.</source>
        <translation>%1 est cité dans des affirmations, risques ou relations (champs concernés&#xa0;: %2). Supprimer l’acteur et retirer ces références&#xa0;? Ses relations sont aussi supprimées&#xa0;; Annuler rétablit le tout.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../briefing_app/ui/help_dialog.py" line="+33"/>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../briefing_app/ui/summary_page.py" line="+37"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom line up front</source>
        <translation>L’essentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question this note answers</source>
        <translation>La question à laquelle répond cette note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key judgements, most important first</source>
        <translation>Jugements clés, du plus important au moins important</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../briefing_app/app/columns.py" line="+27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affects</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driven by</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>État / administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <comment>claim kind</comment>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership / capital</source>
        <translation>Actionnariat / capital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology dependence</source>
        <translation>Dépendance technologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud &amp; jurisdiction</source>
        <translation>Cloud et juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talent</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rising</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falling</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../briefing_app/app/commands.py" line="+31"/>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relationship</source>
        <translation>relation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete actor</source>
        <translation>Supprimer l’acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete claim</source>
        <translation>Supprimer l’affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move actor</source>
        <translation>Déplacer l’acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move claim</source>
        <translation>Déplacer l’affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move risk</source>
        <translation>Déplacer le risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move relationship</source>
        <translation>Déplacer la relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit actor</source>
        <translation>Modifier l’acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit claim</source>
        <translation>Modifier l’affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit analyst</source>
        <translation>Modifier l’analyste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit classification</source>
        <translation>Modifier la classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit purpose</source>
        <translation>Modifier l’objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit bottom line</source>
        <translation>Modifier «&#xa0;L’essentiel&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit recommendations</source>
        <translation>Modifier les recommandations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Move node</source>
        <translation>Déplacer le nœud</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../briefing_app/ui/language.py" line="+65"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new interface language will be used the next time you start Briefing.</source>
        <translation>La nouvelle langue de l’interface sera appliquée au prochain démarrage de Briefing.</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../briefing_app/ui/launch.py" line="+58"/>
        <source>(log not writable)</source>
        <translation>(journal impossible à écrire)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong: %1.
Your note is still open; save it under a new name to be safe. Details were written to %2.</source>
        <translation>Une erreur s’est produite&#xa0;: %1.
Votre note reste ouverte&#xa0;; par précaution, enregistrez-la sous un nouveau nom. Les détails ont été écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../briefing_app/ui/recovery_dialog.py" line="+35"/>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing closed before “%1” was saved.</source>
        <translation>Briefing s’est fermé avant l’enregistrement de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recovered copy taken %1 is available.</source>
        <translation>Une copie de secours prise %1 est disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was opened from %1.</source>
        <translation>La note avait été ouverte depuis %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file has been changed since the copy was taken.</source>
        <translation>Ce fichier a été modifié depuis la prise de la copie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note had never been saved.</source>
        <translation>La note n’avait jamais été enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it to continue where you left off, or discard it.</source>
        <translation>Restaurez-la pour reprendre là où vous en étiez, ou abandonnez-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The recovered note cannot be opened</source>
        <translation>Impossible d’ouvrir la note récupérée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovered note restored; save it to keep it.</source>
        <translation>Note récupérée restaurée&#xa0;; enregistrez-la pour la conserver.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../briefing_app/ui/session.py" line="+60"/>
        <source>Open &amp;Recent</source>
        <translation>Fic&amp;hiers récents</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 n’existe plus&#xa0;; il a été retiré des fichiers récents.</translation>
    </message>
</context>
</TS>
