# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Sorani privacy texts: what the bot keeps about a person, their copy (/mydata), erasure (/forget),
# flood control and groups. Reference text: locales/fr/privacy.ftl. Telegram HTML only.
# Values in { $... } are filled in by the bot; keep their names exactly.
# After a number a Sorani noun stays singular for one and for many ("30 ڕۆژ"): no plural selector.
# Right to left: every line starts with a Kurdish word (an emoji or "•" before it is fine). The lines
# that hold only { $stored } or { $retention } start with an invisible right-to-left mark (U+200F):
# they are filled by the bot with whole lines that start with "•" and a Kurdish word.

## /privacy

privacy-text =
    <b>🔒 زانیارییەکانتان لەم بۆتەدا</b>

    <b>بۆتەکە چی ھەڵدەگرێت، و بۆچی</b>
    ‏{ $stored }
    بۆتەکە ناوتان، ژمارەی تەلەفۆنتان، وێنە یان فایلەکانتان، و ئەو دەقەی بۆی دەنووسن ھەڵناگرێت. ئەوەی دەینووسن تەنھا بۆ وەڵامدانەوە دەیخوێنێتەوە.
    تەنھا ئەو نامەیە ھەڵدەگیرێت کە خۆتان دەینێرن بۆ ڕاوێژکارەکەتان، وەک لە سەرەوە ھاتووە.

    <b>بۆ چەند ماوەیەک</b>
    ‏{ $retention }

    <b>کێ دەتوانێت بیانبینێت</b>
    خۆتان، بە فەرمانی /mydata. ئەو تیمەی بۆتەکە بەڕێوە دەبات ({ -bot-operator })، کاتێک چاودێریی بۆتەکە دەکات، دەتوانێت زانیارییە ھەڵگیراوەکان ببینێت. لە تۆمارە تەکنیکییەکانی بۆتەکەدا ھەرگیز ئەوەی دەینووسن، ناوتان یان ژمارەی تەلەفۆنتان نییە.

    <b>چۆن بیانسڕنەوە</b>
    فەرمانی /forget ھەموو ئەو شتانەی بۆتەکە دەربارەی ئێوە ھەڵیگرتووە، بە یەکجار دەسڕێتەوە.
privacy-notice-member = • زمانەکەتان و بەرواری یەکەم و دوایین نامەتان: بۆ ئەوەی بە زمانی خۆتان بۆتان بنووسێت، و بۆ ئەوەی زانیارییەکانتان بسڕێتەوە کاتێک چیتر بۆتەکە بەکار ناھێنن.
privacy-notice-inbox = • ئەوەی دەینێرن، تا بۆتەکە وەڵامی دەداتەوە (چرکەیەک؛ ئەگەر بۆتەکە وەستابوو، زیاتر): دواتر دەقەکەی دەسڕدرێتەوە. لەوێ کەس نایخوێنێتەوە.
privacy-retention-inactive = • ئەگەر { $days } ڕۆژ ھیچ شتێک بۆ بۆتەکە نەنووسن، ھەموو ئەو شتانەی دەربارەی ئێوە ھەڵیگرتووە دەسڕدرێنەوە.

## /mydata

privacy-mydata-title = <b>ئەوەی بۆتەکە دەربارەی ئێوە ھەڵیگرتووە</b>
privacy-mydata-nothing = بۆتەکە ھیچ شتێک دەربارەی ئێوە ھەڵناگرێت.
privacy-mydata-language = زمان: { $language }
privacy-mydata-first-seen = یەکەم نامە: { $date }
privacy-mydata-last-seen = دوایین نامە: { $date }
privacy-mydata-see-file = بەشی { $section }: سەیری فایلەکەی خوارەوە بکەن.
privacy-mydata-file = فایلەکەی خوارەوە ھەمان شتی تێدایە، بە شێوەیەک کە کۆمپیوتەر دەتوانێت بیخوێنێتەوە (JSON).
privacy-mydata-too-long = شتی زۆر ھەیە بۆ پیشاندان لێرە: ھەمووی لە فایلەکەی خوارەوەدایە.
privacy-mydata-caption = ھەموو ئەوەی بۆتەکە دەربارەی ئێوە ھەڵیگرتووە

## /forget

privacy-forget-confirm =
    <b>ھەموو زانیارییەکانتان بسڕدرێنەوە؟</b>
    بۆتەکە زمانەکەتان و ھەموو شتێکی تر کە دەربارەی ئێوە ھەڵیگرتووە لەبیر دەکات. ناتوانرێت بگەڕێنرێتەوە.
    ئەگەر دواتر دووبارە بنووسن، بۆتەکە لە سەرەتاوە دەست پێ دەکاتەوە.
privacy-forget-yes = 🗑 سڕینەوەی ھەمووی
privacy-forget-no = ھەڵوەشاندنەوە
privacy-forget-done = ✅ زانیارییەکانتان سڕانەوە. بۆتەکە چیتر ئێوە ناناسێت.
privacy-forget-cancelled = ھیچ شتێک نەسڕایەوە.
privacy-forget-expired = ئەم دوگمەیە زۆر کۆنە. ئەگەر دەتانەوێت زانیارییەکانتان بسڕنەوە، دووبارە /forget بنێرن.

## Flood control, groups, storage problems

privacy-slow-down-tap = تکایە چرکەیەک: دوای چەند چرکەیەک دووبارە دابگرن.
privacy-private-only = ئەم بۆتە تەنھا لە گفتوگۆی تایبەتدا کار دەکات، بۆ پاراستنی نھێنیی ھەر خێزانێک. لەم گرووپە دەچمە دەرەوە. ڕاستەوخۆ بۆم بنووسن: @{ $bot }
privacy-storage-busy = ببورن، ئێستا نەمتوانی ئەمە ھەڵبگرم. تکایە دوای خولەکێک دووبارە ھەوڵ بدەنەوە.

## Command list shown by Telegram (short, no HTML)

command-privacy = زانیارییەکانتان: چی ھەڵدەگیرێت و بۆچی
command-mydata = وەرگرتنی کۆپییەکی زانیارییەکانتان
command-forget = سڕینەوەی زانیارییەکانتان

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • ئەگەر ڕاوێژکارەکەتان ئێوەی بە خێزانێکەوە بەستبێتەوە: ناوە کورتەکەی، ژمارەی ئەندامبوونتان، ژوانەکانتان و وەڵامەکانتان. ڕاوێژکارەکەتان و ھەماھەنگکاران دەیانبینن؛ بۆ ناردنی ژوانەکانتان بەکار دێن.
privacy-retention-appointments = • ژوانەکان { $days } ڕۆژ دوای ئەنجامدانیان دەسڕدرێنەوە.
privacy-mydata-household = خێزان: { $label } · ڕاوێژکار: { $coach }
