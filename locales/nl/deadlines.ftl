# Na een beslissing: de laatste dag om te handelen, herinneringen, de kaart van de advocaat. Gelezen door gezinnen.
# Nog door niemand nagelezen. Alleen Telegram-HTML. De bot vult de waarden { $... } in.

command-deadline = Laatste dag na een beslissing

deadlines-button-received = 📄 Ik kreeg een beslissing
deadlines-button-cancel = ✖️ Annuleren
deadlines-cancelled = Geannuleerd. Er is niets bewaard.
deadlines-stale = Deze knop is niet meer geldig. Begin opnieuw met /deadline.
deadlines-unavailable = <b>⚠️ Neem vandaag contact op met uw advocaat.</b> De bot kan de dagen nu niet tellen.

deadlines-ask-kind =
    <b>Welke beslissing is het?</b> Kijk bovenaan het papier (de briefhoofding):
    • Dienst Vreemdelingenzaken: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (bijvoorbeeld een bevel om het grondgebied te verlaten)
    • CGVS, asiel: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGVS, een nieuw (volgend) asielverzoek niet-ontvankelijk verklaard: dezelfde hoofding, met «demande ultérieure» / «volgend verzoek»
    • Arrest: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Dienst Vreemdelingenzaken (DVZ / OE)
deadlines-kind-cgrs = Asielbeslissing van het CGVS (CGVS / CGRA)
deadlines-kind-cgrs-subsequent = CGVS: nieuw verzoek niet-ontvankelijk
deadlines-kind-cce-judgment = Arrest van de RvV / CCE
deadlines-kind-unknown = Ik weet het niet

deadlines-ask-second = Is dit een <b>tweede (of latere) verwijderingsmaatregel</b>? Dus: kreeg u al eerder een bevel om het grondgebied te verlaten of een verwijderingsbeslissing?
deadlines-answer-yes = Ja
deadlines-answer-no = Nee
deadlines-answer-unknown = Ik weet het niet

deadlines-ask-how = <b>Wanneer en hoe kreeg u de beslissing?</b>
deadlines-how-today = Vandaag persoonlijk overhandigd
deadlines-how-yesterday = Gisteren persoonlijk overhandigd
deadlines-how-other-day = Op een andere dag overhandigd
deadlines-how-registered = Met een aangetekende brief
deadlines-how-letter = Met een gewone brief
deadlines-how-unknown = Ik weet het niet

deadlines-ask-date-in-person = Op welke dag werd ze u overhandigd (of weigerde u ze aan te nemen)?
deadlines-ask-date-registered = Op welke dag werd de aangetekende brief u aangeboden (de dag dat de postbode kwam)?
deadlines-ask-date-letter = Welke dag staat op de poststempel? Weet u het niet, kies dan de datum die op de beslissing staat. Niet de dag dat ze aankwam.
deadlines-date-unknown = Ik weet de datum niet

deadlines-ask-house = Woonde u in de terugkeerwoning toen u ze kreeg?
deadlines-house-yes = Ja, in de terugkeerwoning
deadlines-house-no = Nee

deadlines-contact-lawyer = <b>⚠️ Neem vandaag contact op met uw advocaat.</b>
deadlines-card = 👩‍⚖️ Uw advocaat: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = U weet niet welke beslissing het is. Daarom hier de kortste regel: { $days } dagen, geteld vanaf de dag na de overhandiging.
deadlines-shortest-date = U kent de datum niet. Daarom hier de kortste regel: { $days } dagen, geteld alsof de beslissing vandaag werd overhandigd. Was het vroeger, dan is de laatste dag vroeger.
deadlines-at-latest =
    • <b>{ $remedy }</b>: uiterlijk op <b>{ $day }</b> ({ $days } dagen)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: geen termijn.
    { $rule } [{ $sources }]
deadlines-decision-counts = Staat in de beslissing zelf een kortere termijn, dan telt die. Uw advocaat bevestigt de juiste dag.
deadlines-unreviewed = <i>Deze data zijn berekend met regels die nog geen advocaat heeft nagekeken.</i>

deadlines-remedy-cce-appeal = Beroep bij de RvV / CCE
deadlines-remedy-extreme-urgency = Schorsing bij uiterst dringende noodzakelijkheid (RvV / CCE)
deadlines-remedy-cgrs-appeal = Beroep bij de RvV / CCE tegen de beslissing van het CGVS
deadlines-remedy-cgrs-subsequent-appeal = Beroep bij de RvV / CCE tegen de niet-ontvankelijkheid
deadlines-remedy-council-of-state = Beroep bij de Raad van State
deadlines-remedy-council-chamber = Verzoek tot vrijlating bij de raadkamer

deadlines-rule-cce-appeal-detained = 10 dagen vanaf de dag na de kennisgeving: een terugkeerwoning telt als vasthouding.
deadlines-rule-cce-appeal = 30 dagen vanaf de dag na de kennisgeving, als u niet vastgehouden wordt.
deadlines-rule-extreme-urgency = 10 dagen vanaf de dag na de kennisgeving van de verwijderingsmaatregel.
deadlines-rule-extreme-urgency-second-removal = 5 dagen vanaf de dag na de kennisgeving van een tweede (of latere) verwijderingsmaatregel.
deadlines-rule-cgrs-appeal-detained = 10 dagen bij vasthouding (een terugkeerwoning telt). Officiële pagina's spreken elkaar tegen: het CGVS vermeldt de termijn in de beslissing zelf.
deadlines-rule-cgrs-appeal = 30 kalenderdagen vanaf de dag na de kennisgeving, als u niet vastgehouden wordt.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 dagen bij vasthouding (een terugkeerwoning telt).
deadlines-rule-cgrs-subsequent-appeal = 10 dagen, als u niet vastgehouden wordt.
deadlines-rule-council-of-state = 30 dagen vanaf de dag na de kennisgeving van het arrest. De wettekst werd niet gevonden: vraag het uw advocaat.
deadlines-rule-council-chamber = Uw advocaat kan het op elk moment indienen, en elke maand opnieuw. De raadkamer beslist binnen 5 werkdagen.

deadlines-button-lawyer-has-it = ✅ Mijn advocaat regelt het
deadlines-button-tell-coach = 📣 Mijn coach verwittigen (de coach werkt voor de Dienst Vreemdelingenzaken)
deadlines-button-card = 👩‍⚖️ Kaart van mijn advocaat
deadlines-button-cannot-reach = ☎️ Ik bereik mijn advocaat niet
deadlines-another = Kreeg u nog een andere beslissing?

deadlines-reminder-head = ⏰ <b>Herinnering: een beslissing.</b>
deadlines-by-coach = 📄 <b>Uw coach heeft een beslissing geregistreerd voor uw gezin.</b>
deadlines-stopped = ✅ Genoteerd: uw advocaat regelt het. De herinneringen stoppen voor heel uw gezin.
deadlines-state-lawyer = ✅ Uw advocaat regelt het: geen herinneringen meer.
deadlines-state-passed = Deze laatste dag is voorbij. Vraag uw advocaat wat nog mogelijk is.
deadlines-coach-told = 📣 Uw coach is verwittigd. Denk eraan: de coach werkt voor de Dienst Vreemdelingenzaken, niet voor u zoals een advocaat.
deadlines-no-coach = U bent in deze bot met geen coach verbonden, dus niemand is verwittigd.

deadlines-card-none = Er is geen kaart van een advocaat bewaard. U kunt de naam van uw advocaat en het telefoonnummer of e-mailadres bewaren: die staan dan hier, op de pagina over de advocaat en in de herinneringen. Dat is niet verplicht, en u kunt ze op elk moment wissen.
deadlines-card-about = Heel uw gezin ziet deze kaart. U kunt ze op elk moment wijzigen of wissen.
deadlines-button-card-edit = ✏️ Bewaren of wijzigen
deadlines-button-card-delete = 🗑 Wissen
deadlines-card-ask-name = Typ de naam van uw advocaat.
deadlines-card-ask-contact = Typ nu het telefoonnummer of e-mailadres van uw advocaat.
deadlines-card-bad-name = Typ een naam van hoogstens 80 tekens, alstublieft.
deadlines-card-bad-contact = Dit is geen telefoonnummer en geen e-mailadres. Een telefoonnummer heeft cijfers, met + en spaties als u wilt, bijvoorbeeld +32 2 123 45 67. Typ het opnieuw.
deadlines-card-saved = ✅ Bewaard.
deadlines-card-deleted = 🗑 De kaart van de advocaat is gewist.

deadlines-cannot-reach =
    <b>U bereikt uw advocaat niet?</b>
    • Een gratis ("pro deo") advocaat wordt aangesteld door het bureau voor juridische bijstand van elke balie: het <b>BJB</b> (bureau voor juridische bijstand) / <b>BAJ</b> (bureau d'aide juridique).
    • Vreemdelingen worden verondersteld er recht op te hebben voor verblijfsprocedures en beroepen; minderjarigen hebben er altijd recht op.
    • Vraag het aan het BJB/BAJ, of ga rechtstreeks naar een advocaat, die vraagt om aangesteld te worden.
    U kunt hieronder ook om hulp vragen: uw coach (of de coördinatoren) leest het.

deadlines-button-register = 📄 Een beslissing registreren
deadlines-coach-pick = Voor welk gezin registreert u een beslissing?
deadlines-coach-registered = ✅ Geregistreerd. Elk lid van het gezin wordt nu verwittigd, in de eigen taal, en krijgt elke dag een herinnering.
deadlines-coach-notice = 📄 Gezin { $label } (lid { $position }, { $language }) heeft een beslissing geregistreerd en gevraagd u te verwittigen. Laatste dag, uiterlijk: { $day }.

deadlines-mydata-title = <b>Beslissingen en kaart van de advocaat</b>
deadlines-mydata-item = • { $kind }: laatste dag uiterlijk { $day } ({ $state })
deadlines-mydata-state-open = herinneringen lopen
deadlines-mydata-state-lawyer = uw advocaat regelt het
deadlines-mydata-state-passed = voorbij
deadlines-privacy-notice = • <b>Beslissingen:</b> als u een beslissing registreert, bewaart de bot alleen uw antwoorden op de knoppen (wat het is, de datum, hoe u ze kreeg, in de woning of niet) en de laatste dag, om heel uw gezin eraan te herinneren. De kaart van uw advocaat (naam, telefoon of e-mail) als u er een bewaart. Uw coach wordt alleen verwittigd als u op "mijn coach verwittigen" drukt. /forget wist wat u registreerde.
deadlines-privacy-retention = • Een beslissing wordt { $days } dagen na haar laatste dag gewist.
