# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Makomi ya bot oyo (family_bot) na lingala. HTML ya Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Bot nde etondisaka { $... }; bobongola bankombo na yango te.
# Bino (polite plural) throughout; plain e/o spelling without tone marks, as Kinshasa readers type;
# legal and administrative words without a common Lingala word stay in French.

-bot-operator = lisanga moko ya bonsomi oyo esalisaka mabota, kasi ezali Office des Étrangers te

## Monoko

language-picker-prompt = Bopona monoko na bino
language-changed = ✅ Banda sikoyo, nakokomela bino na lingala.
language-button = 🌐 Monoko

## Boyei malamu

welcome-text =
    <b>Boyei malamu.</b>
    Bot oyo eyebisaka bino makambo ya bomoi na maison de retour, makoki (droits) na bino mpe banzela oyo bozali na yango.
    Ezali kotambwisama na { -bot-operator }.

    • Epesaka kaka ba informations. Ezwaka mokano moko te na dossier na bino.
    • Ebombaka kaka monoko na bino mpe oyo bino moko boponi kotinda.
    • Soki botindeli coach na bino message, coach na bino akotanga yango. Coach asalaka mpo na Office des Étrangers.

    Bopona likambo moko awa na se. Bokoki kokoma /menu ntango nyonso.

## Menu mpe ba lokasa

menu-text =
    <b>Menu</b>
    Bopona likambo moko:
menu-button = ☰ Menu
nav-back = ◀ Zonga
page-unreviewed = <i>⚠ Moto moko naino atali makomi oyo te.</i>
page-in-other-language = <i>Lokasa oyo ebongolami naino te na monoko na bino: ezali kolakisama na { $language }.</i>
page-checked = <i>Ba informations etalamaki na { $date }.</i>

## Lisalisi

help-text =
    <b>Lisalisi</b>
    • Bofina bouton moko mpo na kofungola likambo.
    • To bokoma motuna na bino na maloba na bino moko: nakolakisa bino lokasa ya ba informations oyo epesi eyano.
    • /menu elakisaka liste ya makambo.
    • /language ebongolaka monoko.
    • /appointments elakisaka ba rendez-vous na bino.
    • /privacy elobaka oyo bot ebombaka; /forget elongolaka yango.
    • /start elakisaka lisusu message ya ebandeli.

    Soki bozali na likama, bobenga <b>112</b>.

## Makambo mosusu nyonso

fallback-media =
    Nakoki kotanga kaka makomi mpe ba bouton.
    Bopona likambo moko na menu.
fallback-unknown-command =
    Nayebi commande { $command } te.
    Bomeka /menu to /help.
fallback-stale-button = Bouton oyo esalaka lisusu te. Menu ezali awa.
error-generic = Bolimbisa, likambo moko ebebi. Bomeka lisusu, to bokoma /menu.

## Liste ya ba commandes oyo Telegram elakisaka (mokuse, HTML te)

command-start = Message ya ebandeli
command-menu = Kolakisa makambo
command-language = Kobongola monoko
command-help = Ndenge bot oyo esalaka
