# Informatiepagina's van family_bot (Nederlands). Referentietekst: locales/fr/topics.ftl.
# Eén bericht "page-ID" per pagina uit content/topics.toml; .title = de knop (max. 24 tekens).
# Tekst: Telegram-HTML (b, i, u, a, code, blockquote). Geen accolades, geen variabelen.

## house

page-house =
    <b>De terugkeerwoning</b>
    U woont met uw gezin in een open woning van de Dienst Vreemdelingenzaken.
    Een coach begeleidt u.

    Kies hieronder een onderwerp.
    .title = 🏠 De woning

page-house-why =
    <b>Waarom u hier bent</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Sinds 2008 gaan gezinnen met minderjarige kinderen niet meer naar een gesloten centrum. Ze wonen in een terugkeerwoning.
    • Ook een recente wet zegt: kinderen mogen niet worden opgesloten in een gesloten centrum.
    • Let op: voor de wet is de terugkeerwoning toch een <b>detentie</b>. Uw gezin heeft een beslissing tot vasthouding. Daarom zijn de termijnen voor beroep kort.
    • Er waren woningen in Zulte, Tubize, Sint-Gillis-Waas, Tielt en Beauvechain. Deze lijst is misschien veranderd.
    .title = Waarom ik hier ben

page-house-rules =
    <b>Het leven in de woning</b>
    • U mag naar buiten: boodschappen, advocaat, dokter, kinderen naar school brengen.
    • <b>Eén volwassene moet altijd in de woning blijven.</b>
    • De kinderen gaan naar een school in de buurt.
    • Er is een dokter beschikbaar.
    • Bezoek is toegelaten.
    • U krijgt elke week zakgeld. U krijgt ook bonnen voor eten en basisspullen.

    De precieze regels staan in een koninklijk besluit van 14 mei 2009. Uw coach of uw advocaat kan ze uitleggen.
    .title = De regels

page-house-next =
    <b>Wat nu?</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • U blijft hier enkele dagen tot enkele maanden. Gemiddeld ongeveer 24 dagen (cijfers 2008–2014).
    • Uw advocaat kan bij de raadkamer van de correctionele rechtbank vragen om u vrij te laten. Dat kan één keer per maand. De beslissing komt binnen 5 werkdagen.
    • U kunt zoeken hoe u kunt blijven, of een terugkeer voorbereiden. Zie "In België blijven" en "Vrijwillige terugkeer".
    .title = Wat nu?

page-house-coach =
    <b>Uw coach</b>
    • De coach werkt voor de Dienst Vreemdelingenzaken.
    • <b>De coach is niet uw advocaat.</b> De coach dient geen beroep of aanvraag voor u in. Dat doen u en uw advocaat.
    • De taak van de coach: uw terugkeer voorbereiden, <b>of</b> u begeleiden tijdens een procedure om te blijven.
    • De coach legt contact met de overheid, ambassades, advocaten en organisaties.
    • De coach helpt u beslissingen en procedures te begrijpen.

    Wat u naar de coach stuurt, leest de coach. Zie "Privacy".
    .title = De coach

## rights

page-rights =
    <b>Uw rechten hier</b>
    Ook hier heeft uw gezin rechten: school, zorg, bezoek.

    Kies hieronder een onderwerp.
    .title = 📜 Uw rechten

page-rights-school =
    <b>School</b>
    • Uw kinderen gaan naar een school in de buurt.
    • U mag naar buiten om ze naar school te brengen.
    • Denk eraan: één volwassene moet altijd in de woning blijven.
    • Een vraag over school? Vraag het aan uw coach.
    .title = School

page-rights-health =
    <b>Gezondheid</b>
    • Er is een dokter beschikbaar.
    • U hebt toegang tot zorg voor uw lichaam en voor uw geestelijke gezondheid.
    • U mag naar buiten om naar de dokter te gaan.
    • Voelt u zich heel slecht? U kunt met iemand praten. Zie "Met iemand praten".
    • Noodgeval: bel 112.

    Een ernstige ziekte kan meetellen om in België te blijven. Praat erover met uw advocaat.
    .title = Gezondheid

page-rights-language =
    <b>Begrijpen en informatie</b>
    • Begrijpt u een beslissing of document niet? Zeg het.
    • U kunt om een tolk vragen. Vraag het aan uw coach of uw advocaat.
    • De coach moet u ook helpen om beslissingen en procedures te begrijpen.
    • Het koninklijk besluit van 2009 heeft regels over telefoon en post.
    • Internet: vraag aan uw coach wat hier mogelijk is.
    • U mag uw dossier inzien. Zie "Mijn dossier inzien".
    .title = Taal en internet

page-rights-visits =
    <b>Bezoek</b>
    • Bezoek is toegelaten.
    • U mag naar buiten om uw advocaat te zien.
    • Organisaties bezoeken de terugkeerwoningen, bijvoorbeeld JRS Belgium.
    • De regels over bezoek staan in het koninklijk besluit van 14 mei 2009. Uw coach kan ze uitleggen.
    .title = Bezoek

page-rights-complaints =
    <b>Een probleem? Een klacht?</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> Uw advocaat kan zeggen wat u kunt doen.

    Voor de rechten van kinderen:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>

    Kreeg u een onvolledig antwoord op uw vraag naar uw dossier? Dan kunt u naar de Commissie voor de toegang tot bestuursdocumenten. Zie "Mijn dossier inzien".
    .title = Een probleem

## file-access

page-file-access =
    <b>Mijn dossier inzien</b>
    <b>⚠️ Kreeg u een beslissing? Neem meteen contact op met uw advocaat.</b>

    U hebt het recht om de beslissingen en documenten in uw dossier te zien. U kunt een kopie vragen. Uw advocaat kan dat ook.

    Kies hieronder een onderwerp.
    .title = 📂 Mijn dossier inzien

page-file-access-how =
    <b>Mijn dossier vragen</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> Uw advocaat kan het dossier ook voor u vragen.

    Bij de Dienst Vreemdelingenzaken:
    • Alleen schriftelijk, per e-mail. Niet per telefoon.
    • Schrijf naar een van deze adressen:
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    <code>publiciteadministration@ibz.fgov.be</code>
    • Zonder advocaat: voeg een bewijs van uw identiteit toe.
    • U wilt niet het hele dossier? Zeg welke documenten u wilt.
    • Vragen over de inhoud van het dossier: <code>infodesk@ibz.fgov.be</code>

    Dit staat in de wet van 11 april 1994 over de openbaarheid van bestuur.
    .title = Hoe vragen

page-file-access-answer =
    <b>Het antwoord</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • De Dienst Vreemdelingenzaken moet binnen 30 dagen antwoorden.
    • U krijgt een elektronische kopie van het dossier, of van de delen die u vroeg.
    • Is het antwoord onvolledig? Dan kunt u naar de Commissie voor de toegang tot bestuursdocumenten. Uw advocaat kan helpen.
    .title = Het antwoord

page-file-access-cgrs =
    <b>Notities van het asielgesprek</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Na uw asielgesprek kunt u bij het CGVS (Commissariaat-generaal voor de Vluchtelingen en de Staatlozen) een kopie van de notities vragen.
    • Uw advocaat krijgt een kopie van alle brieven van het CGVS.
    • Uw advocaat mag bij het asielgesprek zijn.
    .title = Notities gesprek

page-file-access-gdpr =
    <b>Uw persoonsgegevens</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • De Dienst Vreemdelingenzaken is verantwoordelijk voor uw persoonsgegevens. Dat staat in de Europese wet over gegevens (AVG/GDPR).
    • U hebt het recht om uw persoonsgegevens in te zien.
    • Hoe u dat doet: uw advocaat kan het u zeggen.
    .title = Persoonsgegevens

## lawyer

page-lawyer =
    <b>Uw advocaat</b>
    <b>⚠️ Kreeg u een beslissing? Neem meteen contact op met uw advocaat.</b>

    De termijnen zijn hier kort, want de terugkeerwoning telt als detentie.
    U kunt een gratis advocaat krijgen (pro deo).

    Kies hieronder een onderwerp.
    .title = 💼 Mijn advocaat

page-lawyer-role =
    <b>Wat uw advocaat kan doen</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    Uw advocaat kan:
    • beroep indienen bij de Raad voor Vreemdelingenbetwistingen (RvV);
    • bij de raadkamer vragen om u vrij te laten;
    • een nieuwe asielaanvraag of een regularisatieaanvraag indienen;
    • uw dossier opvragen;
    • bij uw asielgesprek zijn.
    .title = Wat de advocaat doet

page-lawyer-free =
    <b>Een gratis advocaat (pro deo)</b>
    <b>⚠️ Kreeg u een beslissing? Neem meteen contact op met een advocaat.</b>

    • Via de juridische tweedelijnsbijstand krijgt u een gratis advocaat.
    • Het Bureau voor Juridische Bijstand (BJB) van elke balie regelt dat.
    • Voor verblijfsprocedures en beroepen hebben vreemdelingen er in principe recht op. Minderjarigen hebben er altijd recht op.
    • Hoe: vraag het aan het BJB. Of ga meteen naar een advocaat: die vraagt dan om voor u aangesteld te worden.
    • Uw coach legt ook contact met advocaten.
    .title = Gratis advocaat

page-lawyer-deadlines =
    <b>De termijnen</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort, want de terugkeerwoning telt als detentie.

    • Beslissing van de Dienst Vreemdelingenzaken (bv. bevel om het grondgebied te verlaten): <b>10 dagen</b> (30 buiten detentie). In principe houdt dit beroep de verwijdering niet tegen.
    • Uiterst dringende noodzaak: 10 dagen na de kennisgeving; 5 dagen bij een 2de of latere verwijderingsbeslissing. Dit beroep houdt de verwijdering tegen als die dreigt.
    • Asielbeslissing van het CGVS: <b>10 dagen</b> (30 buiten detentie); 5 dagen bij een niet-ontvankelijke volgende aanvraag.
    • Raad van State: 30 dagen; houdt de verwijdering niet tegen.

    Uw advocaat kent de juiste termijn voor uw geval.
    .title = De termijnen

page-lawyer-coach =
    <b>Coach of advocaat?</b>
    • De coach werkt voor de Dienst Vreemdelingenzaken. <b>De coach is niet uw advocaat.</b>
    • De coach start geen procedure voor u.
    • Stappen zetten (beroep, aanvragen): dat doen u en uw advocaat.
    • De coach kan contact houden met uw advocaat en u helpen beslissingen te begrijpen.
    .title = Coach of advocaat?

## stay

page-stay =
    <b>In België blijven</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    Er zijn verschillende manieren om te vragen om te blijven. Elke manier heeft eigen voorwaarden. Uw advocaat kan zeggen wat voor u mogelijk is.
    De coach kan u ook begeleiden tijdens een procedure om te blijven.

    Kies hieronder een onderwerp.
    .title = 📝 In België blijven

page-stay-asylum =
    <b>Nieuwe asielaanvraag</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • U kunt een nieuwe asielaanvraag (volgende aanvraag) indienen bij de Dienst Vreemdelingenzaken.
    • U hebt nieuwe elementen nodig. U moet ook zeggen waarom u ze niet eerder gaf.
    • Het CGVS beslist eerst of de aanvraag ontvankelijk is: ongeveer 10 werkdagen, 2 dagen in detentie.
    .title = Nieuwe asielaanvraag

page-stay-9bis =
    <b>Humanitaire regularisatie (9bis)</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Dit is een uitzonderlijke aanvraag. De overheid beslist vrij.
    • U hebt nodig: een identiteitsdocument, een adres en uitzonderlijke omstandigheden.
    • Er is een administratieve bijdrage: ongeveer 350 tot 360 euro per volwassene.
    • Uw advocaat kan zeggen of dit voor u mogelijk is.
    .title = Humanitair (9bis)

page-stay-9ter =
    <b>Medische reden (9ter)</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Voor een ernstige ziekte die in uw land van herkomst niet goed kan worden behandeld.
    • Aanvraag met een aangetekende brief aan de Dienst Vreemdelingenzaken, met het standaard medisch getuigschrift (een officieel formulier).
    • Uw advocaat kan zeggen hoe u dat doet.
    .title = Medisch (9ter)

page-stay-family =
    <b>Gezinshereniging</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Gezinshereniging is een andere manier om te blijven (artikels 10, 10bis, 40bis en 40ter van de Vreemdelingenwet).
    • De voorwaarden zijn strenger sinds 18 augustus 2025.
    • Uw advocaat kan zeggen of u aan de voorwaarden voldoet.
    .title = Gezin

page-stay-stateless =
    <b>Staatloosheid</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Hebt u van geen enkel land de nationaliteit? Misschien bent u staatloos.
    • De familierechtbank kan u als staatloze erkennen.
    • Sinds 1 september 2024 kan een administratieve procedure ook een verblijfsvergunning geven.
    • Uw advocaat kan zeggen hoe u dat doet.
    .title = Staatloosheid

## return

page-return =
    <b>Vrijwillige terugkeer</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    Fedasil heeft een programma voor vrijwillige terugkeer. Het staat open voor iedereen.
    <b>U bent altijd vrij om te beslissen niet te vertrekken.</b>
    U kunt erover praten met uw coach of uw advocaat.

    Kies hieronder een onderwerp.
    .title = 🧳 Vrijwillige terugkeer

page-return-offer =
    <b>Wat het programma biedt</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • De reis is gratis (met IOM of Fedasil).
    • De kosten voor reisdocumenten worden terugbetaald.
    • Een vertrekpremie.
    • Hulp bij re-integratie in natura, via IOM of Caritas. U moet die binnen 12 maanden gebruiken.
    • De overheid van uw land hoort het niet vóór uw aankomst.

    U bent altijd vrij om te beslissen niet te vertrekken.
    .title = Wat u krijgt

page-return-how =
    <b>Hoe vragen</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Gratis nummer: 0800 32 745
    • Terugkeerloketten: Brussel, Gent, Antwerpen, Luik, Charleroi.
    • Of een partnerorganisatie.
    • U kunt er ook over praten met uw coach.

    U bent altijd vrij om te beslissen niet te vertrekken.
    .title = Hoe vragen

page-return-limits =
    <b>Grenzen van de hulp</b>
    <b>⚠️ Neem meteen contact op met uw advocaat.</b> De termijnen zijn hier kort.

    • Sommige nationaliteiten krijgen geen re-integratiehulp meer. Voorbeeld: Brazilië, sinds 1 december 2025.
    • Vraag wat voor uw land geldt: via 0800 32 745, aan een terugkeerloket of aan uw advocaat.

    U bent altijd vrij om te beslissen niet te vertrekken.
    .title = Grenzen van de hulp

## support

page-support =
    <b>Met iemand praten</b>
    Bent u bang, verdrietig of uitgeput? U mag om hulp vragen.
    In de woning hebt u toegang tot zorg voor uw geestelijke gezondheid.
    De diensten hieronder zijn gratis.

    <b>Direct gevaar: bel 112.</b>

    Kies hieronder een onderwerp.
    .title = 💬 Met iemand praten

page-support-crisis =
    <b>Hulplijnen</b>
    Gratis.
    • 112: noodgeval
    • 1813: Zelfmoordlijn. In het Nederlands, 24 uur op 24, ook via chat.
    • 0800 32 123: Centre de Prévention du Suicide. In het Frans, 24 uur op 24. Gesprekken ook in het Engels, Arabisch en Spaans.
    • 106: Tele-Onthaal. In het Nederlands.
    • 107: Télé-Accueil. In het Frans.
    .title = Hulplijnen

page-support-children =
    <b>Voor kinderen</b>
    Gratis.
    • 102: Awel. In het Nederlands.
    • 103: Écoute-Enfants. In het Frans.
    • 116 000: Child Focus.

    Rechten van het kind:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Voor kinderen

page-support-exiles =
    <b>Hulp voor mensen op de vlucht</b>
    Gratis.
    • Ulysse (Brussel): voor mensen zonder zeker verblijf. Met tolken.
    • Exil (Brussel): voor mensen die foltering of georganiseerd geweld overleefden.
    • Solentra (UZ Brussel): voor gevluchte kinderen vanaf 2,5 jaar en hun gezin. U moet worden doorverwezen door een hulpverlener.

    Vraag aan uw coach of de dokter hoe u er terechtkunt.
    .title = Hulp voor vluchtelingen

## contacts

page-contacts =
    <b>Nuttige contacten</b>
    <b>Noodgeval: 112</b>

    Kies hieronder een onderwerp.
    .title = 📞 Nuttige contacten

page-contacts-emergency =
    <b>Nood- en hulpnummers</b>
    Gratis.
    • 112: noodgeval
    • 1813: Zelfmoordlijn (Nederlands)
    • 0800 32 123: Centre de Prévention du Suicide (Frans)
    • 106: Tele-Onthaal (Nederlands)
    • 107: Télé-Accueil (Frans)
    • 102: Awel, voor kinderen (Nederlands)
    • 103: Écoute-Enfants (Frans)
    • 116 000: Child Focus
    .title = Noodnummers

page-contacts-children =
    <b>Rechten van het kind</b>
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Rechten van het kind

page-contacts-ngos =
    <b>Organisaties (ngo's)</b>
    • JRS Belgium: bezoekt de terugkeerwoningen.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Uw coach legt contact met organisaties. De coach kan u helpen om ze te bereiken.
    .title = Organisaties

page-contacts-offices =
    <b>Dienst Vreemdelingenzaken en Fedasil</b>
    Uw dossier vragen (per e-mail):
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    <code>publiciteadministration@ibz.fgov.be</code>
    Vragen over de inhoud van het dossier:
    <code>infodesk@ibz.fgov.be</code>

    Vrijwillige terugkeer (Fedasil):
    • Gratis nummer: 0800 32 745
    • Terugkeerloketten: Brussel, Gent, Antwerpen, Luik, Charleroi.
    .title = DVZ en Fedasil

## appointments

page-appointments =
    <b>Mijn afspraken</b>
    Binnenkort kan uw coach uw afspraken naar deze bot sturen.
    U ziet ze dan op deze pagina.
    Dat kan nu nog niet.
    .title = 📅 Afspraken

## privacy

page-privacy =
    <b>Privacy</b>
    De bot bewaart:
    • de taal die u koos;
    • als uw coach u heeft gekoppeld: het label van uw gezin;
    • de berichten die u zelf naar uw coach stuurt.
    Waarom: om in uw taal te antwoorden en uw berichten door te sturen.

    Wie ze kan lezen: uw coach, die voor de Dienst Vreemdelingenzaken werkt, en de coördinatoren.
    Voor uw verdediging: praat met uw advocaat.

    Uw gegevens wissen: stuur /forget.
    De bot beslist niets.
    .title = 🔒 Privacy
