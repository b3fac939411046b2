# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Kurmanji (Northern Kurdish, Latin script, Hawar alphabet) interface texts of family_bot.
# Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Values in { $... } are filled in by the bot; keep their names exactly.
# Words used in every file: coach = şêwirmend (coach); Office des Étrangers = Ofîsa Biyaniyan;
# lawyer = parêzer; appointment = randevû; deadline = mohlet; appeal = îtiraz. Polite plural "hûn".

-bot-operator = rêxistineke serbixwe ya ku alîkariya malbatan dike, ne Ofîsa Biyaniyan

## Language

language-picker-prompt = Zimanê xwe hilbijêrin
language-changed = ✅ Ji niha û pê ve ez ê bi kurmancî ji we re binivîsim.
language-button = 🌐 Ziman

## Welcome

welcome-text =
    <b>Bi xêr hatin.</b>
    Ev bot li ser jiyana li mala vegerê, mafên we û derfetên we agahiyan dide.
    Rêvebirê vî botî: { -bot-operator }.

    • Ew agahiyan dide. Ew li ser dosyaya we tu biryarê nade.
    • Ew tenê zimanê we û tiştên ku hûn bi xwe dişînin tomar dike.
    • Heke hûn ji şêwirmendê xwe (coach) re peyamekê bişînin, şêwirmendê we wê dixwîne. Şêwirmend ji bo Ofîsa Biyaniyan (Office des Étrangers / Dienst Vreemdelingenzaken) dixebite.

    Li jêr mijarekê hilbijêrin. Hûn dikarin her gav /menu binivîsin.

## Menu and pages

menu-text =
    <b>Menû</b>
    Mijarekê hilbijêrin:
menu-button = ☰ Menû
nav-back = ◀ Paşve
page-unreviewed = <i>⚠ Hê tu kesî ev nivîs kontrol nekiriye.</i>
page-in-other-language = <i>Ev rûpel hêj bi zimanê we nehatiye wergerandin: bi { $language } tê nîşandan.</i>
page-checked = <i>Agahî di { $date } de hatin kontrolkirin.</i>

## Help

help-text =
    <b>Alîkarî</b>
    • Ji bo ku mijarekê vekin, bişkokekê bitikînin.
    • An jî pirsa xwe bi gotinên xwe binivîsin: ez ê rûpela agahiyan a ku bersiva wê dide nîşanî we bidim.
    • /menu lîsteya mijaran nîşan dide.
    • /language zimên diguherîne.
    • /appointments randevûyên we nîşan dide.
    • /privacy dibêje bot çi tomar dike; /forget wê jê dibe.
    • /start peyama bixêrhatinê dîsa nîşan dide.

    Heke hûn di xeterê de ne, telefonî <b>112</b> bikin.

## Everything else

fallback-media =
    Ez tenê dikarim nivîs û bişkokan bixwînim.
    Ji menûyê mijarekê hilbijêrin.
fallback-unknown-command =
    Ez fermana { $command } nas nakim.
    /menu an /help biceribînin.
fallback-stale-button = Ev bişkok êdî naxebite. Va ye menû.
error-generic = Bibore, xeletiyek çêbû. Dîsa biceribînin, an /menu binivîsin.

## Command list shown by Telegram (short, no HTML)

command-start = Peyama bixêrhatinê
command-menu = Mijaran nîşan bide
command-language = Zimên biguherîne
command-help = Ev bot çawa dixebite
