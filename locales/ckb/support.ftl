# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Sorani help requests: talking to someone, with the family's consent. Read by families.
# Telegram HTML only. Values in { $... } are filled in by the bot. Numbers: only those of FACTS.md, section 6.
# Right to left: every line starts with a Kurdish word; the names of lines and services come after it,
# in brackets. Phone numbers use no-break spaces (U+00A0) between digit groups. Lines that start with
# a value the bot fills in start with an invisible right-to-left mark (U+200F).

command-talk = قسەکردن لەگەڵ کەسێک
command-requests = داواکارییەکانی یارمەتیم

support-talk-button = 🗣 دەمەوێت لەگەڵ کەسێک قسە بکەم
support-question-button = 📨 ناردنی پرسیارەکەم بۆ ڕاوێژکارەکەم

# Always sent first, whatever happens next.
support-crisis =
    <b>ئەگەر بارەکە مەترسیدار یان بەپەلەیە، ئێستا تەلەفۆن بکەن.</b> بەخۆڕاییە.
    • 112: مەترسیی ڕاستەوخۆ، فریاکەوتن
    • 1813: ھێڵی ڕێگری لە خۆکوشتن (Zelfmoordlijn). بە ھۆڵەندی، شەو و ڕۆژ (24 کاتژمێر)، بە چاتیش.
    • 0800 32 123: ناوەندی ڕێگری لە خۆکوشتن (Centre de Prévention du Suicide). بە فەرەنسی، شەو و ڕۆژ (24 کاتژمێر). ڕاوێژ بە ئینگلیزی، عەرەبی و ئیسپانیش ھەیە.
    • 106: ھێڵی گوێگرتن (Tele-Onthaal). بە ھۆڵەندی.
    • 107: ھێڵی گوێگرتن (Télé-Accueil). بە فەرەنسی.
    بۆ منداڵان:
    • 102: ئاوێل (Awel). بە ھۆڵەندی.
    • 103: ھێڵی گوێگرتن بۆ منداڵان (Écoute-Enfants). بە فەرەنسی.
    • 116 000: چایلد فۆکەس (Child Focus).

support-ask-kind = چ جۆرە یارمەتییەکتان دەوێت؟
support-kind-coach = 👤 قسەکردن لەگەڵ ڕاوێژکارەکەم
support-kind-psychological = 🧠 یارمەتیی دەروونیی سەربەخۆ
support-kind-child = 🧒 یارمەتی بۆ منداڵێک
support-kind-urgent = 🚨 بەپەلە، ئەمڕۆ
support-button-cancel = ✖️ ھەڵوەشاندنەوە
support-cancelled = ھەڵوەشایەوە. ھیچ شتێک نەنێردرا و ھیچ شتێک ھەڵنەگیرا.
support-draft-gone = ئەم داواکارییە نەنێردرا (زۆر کۆنە یان بۆتەکە دووبارە دەستی پێکردەوە). تکایە لە سەرەتاوە دەست پێ بکەنەوە.
support-button-skip = ➡️ بەبێ نامە
support-ask-message =
    دەتوانن نامەیەک بنووسن، بە زمانی خۆتان یان بە زمانێکی تر.
    یان دوگمەی «بەبێ نامە» دابگرن.
support-message-too-long = نامەکە نابێت لە { $limit } پیت زیاتر بێت. تکایە کورتی بکەنەوە و دووبارە بینێرن.

support-reader-coach = ڕاوێژکارەکەتان، <b>{ $coach }</b>، کە بۆ فەرمانگەی بیانییان کار دەکات
support-reader-coordinators = ھەماھەنگکارانی ڕاوێژکاران (لە ڕێگەی ئەم بۆتەوە ڕاوێژکارێکتان نییە)
support-nobody =
    لە ئێستادا ھیچ کەسێک ناتوانێت لە ڕێگەی ئەم بۆتەوە داواکاری وەربگرێت. ھیچ شتێک نەنێردرا و ھیچ شتێک ھەڵنەگیرا.
    ژمارەکانی سەرەوە بەکار بھێنن، یان کاتێک ڕاوێژکارەکەتان دەبینن لەگەڵی قسە بکەن.

support-consent =
    <b>پێش ناردن، ئەمانە بپشکنن:</b>
    یارمەتیی داواکراو: { $kind }
    ‏{ $message }

    <b>کێ دەیخوێنێتەوە:</b> { $reader }.
    <b>چی ھەڵدەگیرێت:</b> جۆری یارمەتی، نامەکەتان و بەروار. نامەکەتان { $days } ڕۆژ دوای کۆتاییھاتنی داواکارییەکە دەسڕدرێتەوە. فەرمانی /requests داواکارییەکانتان پیشان دەدات؛ فەرمانی /forget ھەموو شتێک دەسڕێتەوە.

    تا دوگمەی «ناردن» دانەگرن، ھیچ شتێک نانێردرێت.
support-consent-message =
    نامەکەتان:
    ‏<blockquote>{ $text }</blockquote>
support-consent-no-message = بەبێ نامە.
support-consent-independent = ڕاوێژکارەکەتان دەتوانێت ئێوە بنێرێت بۆ خزمەتگوزارییەکی سەربەخۆ (Ulysse، Exil، Solentra) یان ھێڵێکی گوێگرتن.
support-button-send = 📤 ناردن

support-receipt =
    ✅ داواکارییەکەتان (ژمارە { $id }) تۆمار کرا. ئەوەی دەیخوێنێتەوە: { $reader }.
    کاتێک کەسێک خوێندییەوە، لێرە نامەیەکتان بۆ دێت.
    تا نەخوێندراوەتەوە، دەتوانن بیکێشنەوە: /requests
support-button-requests = 📋 داواکارییەکانم

support-status-unread = ⏳ ھێشتا نەخوێندراوەتەوە
support-status-read = 👀 خوێندرایەوە
support-status-replied = 💬 وەڵام نێردرا
support-status-referred = 🤝 خزمەتگوزارییەک پێشنیار کرا
support-status-withdrawn = ↩️ کێشرایەوە
support-requests-none = ھیچ داواکارییەکی یارمەتیتان نەناردووە.
support-requests-title = <b>داواکارییەکانی یارمەتیتان</b>
support-requests-item = • داواکاریی ژمارە { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ کێشانەوەی داواکاریی ژمارە { $id }
support-button-withdraw-yes = ↩️ بەڵێ، کێشانەوە
support-button-keep = با بمێنێتەوە
support-withdraw-confirm = داواکاریی ژمارە { $id } دەکێشنەوە؟ ناخوێندرێتەوە.
support-withdraw-too-late = ئەم داواکارییە پێشتر خوێندراوەتەوە یان کێشراوەتەوە: چیتر ناتوانرێت بکێشرێتەوە.
support-withdrawn = ↩️ داواکاریی ژمارە { $id } کێشرایەوە. ئەگەر پێشتر گەیشتبێتە سەر تەلەفۆنی ئەو کەسە، ئاگادار دەکرێتەوە کە کێشراوەتەوە.

support-family-read =
    👀 { $by ->
        [coach] ڕاوێژکارەکەتان
       *[coordinator] ھەماھەنگکارێک
    } داواکارییەکەتانی خوێندەوە (ژمارە { $id }).
support-family-reply-phrase =
    💬 وەڵامی داواکارییەکەتان (ژمارە { $id })، لە { $by ->
        [coach] ڕاوێژکارەکەتانەوە
       *[coordinator] ھەماھەنگکارێکەوە
    }:
    ‏{ $phrase }
support-family-reply-text =
    💬 وەڵامی داواکارییەکەتان (ژمارە { $id })، کە { $by ->
        [coach] ڕاوێژکارەکەتان
       *[coordinator] ھەماھەنگکارێک
    } نووسیویەتی (بە وشەی خۆی، وەرنەگێڕدراوە):
    ‏<blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 بۆ داواکارییەکەتان (ژمارە { $id })، { $by ->
        [coach] ڕاوێژکارەکەتان
       *[coordinator] ھەماھەنگکارێک
    } ئەم خزمەتگوزارییە سەربەخۆیەتان پێشنیار دەکات:
    ‏{ $service }

support-service-ulysse =
    <b>ئولیس (Ulysse)</b>، لە بروکسل: بۆ ئەو کەسانەی مافی مانەوەیان دڵنیا نییە. بەخۆڕاییە، وەرگێڕیشی ھەیە.
    لە ڕاوێژکارەکەتان یان پزیشک بپرسن چۆن بچن بۆ ئەوێ.
support-service-exil =
    <b>ئێگزیل (Exil)</b>، لە بروکسل: بۆ ئەو کەسانەی لە ئەشکەنجە یان توندوتیژیی ڕێکخراو ڕزگاریان بووە. بەخۆڕاییە.
    لە ڕاوێژکارەکەتان یان پزیشک بپرسن چۆن بچن بۆ ئەوێ.
support-service-solentra =
    <b>سۆلێنترا (Solentra)</b>، لە نەخۆشخانەی UZ Brussel: بۆ منداڵانی پەنابەر لە تەمەنی 2 ساڵ و نیوەوە بەرەو سەرەوە، و خێزانەکانیان. بەخۆڕاییە.
    دەبێت کەسێکی پسپۆڕ بتاننێرێت بۆ ئەوێ: لە ڕاوێژکارەکەتان یان پزیشک بپرسن.
support-service-lines =
    <b>ھێڵەکانی گوێگرتن</b>، بەخۆڕایی:
    • 1813: ھێڵی ڕێگری لە خۆکوشتن (Zelfmoordlijn). بە ھۆڵەندی، شەو و ڕۆژ (24 کاتژمێر)، بە چاتیش.
    • 0800 32 123: ناوەندی ڕێگری لە خۆکوشتن (Centre de Prévention du Suicide). بە فەرەنسی، شەو و ڕۆژ (24 کاتژمێر). ڕاوێژ بە ئینگلیزی، عەرەبی و ئیسپانیش ھەیە.
    • 106: ھێڵی گوێگرتن (Tele-Onthaal). بە ھۆڵەندی.
    • 107: ھێڵی گوێگرتن (Télé-Accueil). بە فەرەنسی.
support-service-children =
    <b>ھێڵەکانی منداڵان</b>، بەخۆڕایی:
    • 102: ئاوێل (Awel). بە ھۆڵەندی.
    • 103: ھێڵی گوێگرتن بۆ منداڵان (Écoute-Enfants). بە فەرەنسی.
    • 116 000: چایلد فۆکەس (Child Focus).

support-not-allowed = ⛔ ئەم داواکارییە ھی ئێوە نییە. ھیچ شتێک نەکرا.

support-privacy-notice = • داواکارییەکانی یارمەتیتان، ئەگەر بیاننێرن: جۆری یارمەتی، نامەکەتان و بەروارەکان. بۆ ئەوەی ڕاوێژکارەکەتان (یان ھەماھەنگکارێک) بتوانێت وەڵامتان بداتەوە. ڕاوێژکارەکەتان بۆ فەرمانگەی بیانییان کار دەکات.
support-privacy-retention = • نامەی داواکارییەکی یارمەتی { $days } ڕۆژ دوای کۆتاییھاتنی داواکارییەکە دەسڕدرێتەوە.
support-mydata-title = <b>داواکارییەکانی یارمەتی</b>
support-mydata-item = • داواکاریی ژمارە { $id }: { $kind }
support-mydata-item-with-text = • داواکاریی ژمارە { $id }: { $kind }، لەگەڵ نامەکەتان

## Voice notes

support-voice-outside = من ناتوانم گوێ لە نامەی دەنگی بگرم. دەتەوێت ئەم نامە دەنگییە بۆ کەسێک بنێریت؟
support-voice-send-button = 📨 بینێرە بۆ کەسێک
support-voice-crisis-button = ‏🆘 ژمارەکانی فریاکەوتن
support-voice-too-long = نامەی دەنگی دەتوانێت لە { $minutes } خولەک زیاتر نەبێت. تکایە نامەیەکی کورتتر بنێرە، یان بنووسە.
support-consent-voice = نامە دەنگییەکەت: { $seconds } چرکە. تەنھا ئەو کەسەی ناوی لە خوارەوە ھاتووە گوێی لێ دەگرێت. کەس نایینووسێتەوە و وەرینناگێڕێت.
support-mydata-item-with-voice = • داواکاری ژمارە { $id }: { $kind }، لەگەڵ نامەیەکی دەنگی { $seconds } چرکەیی
support-ask-voice = 🎤 دەتوانیت نامەی دەنگیش بنێریت.
