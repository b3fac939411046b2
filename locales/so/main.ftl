# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Qoraallada interface-ka family_bot. HTML Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Qiimayaasha { $... } waxaa buuxiya bot-ka; magacyadooda ha beddelin.

-bot-operator = urur madax-bannaan oo caawiya qoysaska, oo aan ahayn Xafiiska Ajaanibta

## Luqadda

language-picker-prompt = Dooro luqaddaada
language-changed = ✅ Hadda wixii ka dambeeya, waxaan kuugu qori doonaa Af-Soomaali.
language-button = 🌐 Luqadda

## Soo dhawaynta

welcome-text =
    <b>Ku soo dhawoow.</b>
    Bot-kan wuxuu ku siinayaa macluumaad ku saabsan nolosha guriga celinta, xuquuqdaada iyo fursadahaaga.
    Waxaa maamula { -bot-operator }.

    • Wuxuu bixiyaa macluumaad. Waxba kagama go'aamiyo faylkaaga.
    • Wuxuu kaydiyaa oo keliya luqaddaada iyo waxa aad doorato inaad soo dirto.
    • Haddii aad fariin u dirto coach-kaaga, coach-kaagu wuu akhriyaa. Coach-ku wuxuu u shaqeeyaa Xafiiska Ajaanibta (Office des Étrangers / Dienst Vreemdelingenzaken).

    Hoos ka dooro mawduuc. Waqti kasta waad qori kartaa /menu.

## Liiska iyo bogagga

menu-text =
    <b>Liiska</b>
    Dooro mawduuc:
menu-button = ☰ Liiska
nav-back = ◀ Dib u noqo
page-unreviewed = <i>⚠ Qoraalkan weli qof ma hubin.</i>
page-in-other-language = <i>Boggan weli laguma turjumin luqaddaada: waxaa lagu muujinayaa { $language }.</i>
page-checked = <i>Macluumaadka waxaa la hubiyay { $date }.</i>

## Caawimaad

help-text =
    <b>Caawimaad</b>
    • Taabo badhan si aad u furto mawduuc.
    • Ama su'aashaada ku qor erayadaada: waxaan ku tusaynaa bogga ka jawaabaya.
    • /menu wuxuu muujiyaa liiska mawduucyada.
    • /language wuxuu beddelaa luqadda.
    • /appointments wuxuu muujiyaa ballamahaaga.
    • /privacy wuxuu sheegaa waxa bot-ku hayo; /forget wuu tirtiraa.
    • /start wuxuu mar kale muujiyaa fariinta soo dhawaynta.

    Haddii aad khatar ku jirto, wac <b>112</b>.

## Wax kasta oo kale

fallback-media =
    Waxaan akhrin karaa oo keliya qoraal iyo badhamo.
    Fadlan liiska ka dooro mawduuc.
fallback-unknown-command =
    Ma aqaan amarka { $command }.
    Isku day /menu ama /help.
fallback-stale-button = Badhankan hadda ma shaqeeyo. Waa kan liiska.
error-generic = Waan ka xumahay, khalad ayaa dhacay. Mar kale isku day, ama qor /menu.

## Liiska amarrada ee Telegram muujiyo (gaaban, HTML la'aan)

command-start = Fariinta soo dhawaynta
command-menu = Muuji mawduucyada
command-language = Beddel luqadda
command-help = Sida bot-kani u shaqeeyo
