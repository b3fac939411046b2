# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • داواکارییەکی یارمەتی کە دەینووسن و ھێشتا نەتانناردووە: ٣٠ خولەک ھەڵدەگیرێت، بۆ ئەوەی بە دووبارە دەستپێکردنەوەی بۆتەکە ون نەبێت.
support-mydata-draft = • داواکارییەکی یارمەتی کە ھێشتا نەتناردووە: { $minutes } خولەک دوای دەستپێکردنی دەسڕدرێتەوە
support-mydata-held = • نامەیەکی دەنگی کە ھێشتا دەتوانن بۆ کەسێکی بنێرن: دوای { $minutes } خولەک دەسڕدرێتەوە

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ‏⚠️ <b>{ $label }</b>، ئەندامی { $position } ({ $language }) پێی نەگەیشت و ئەمەی وەرنەگرت: { $what }. خێزانەکە ڕووبەڕوو ببینن.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ‏⚠️ { $name } پێی نەگەیشت و ئەمەی وەرنەگرت: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = نەگەیشت: { $what }
undelivered-what-appointment = نامەیەک دەربارەی چاوپێکەوتنێک
undelivered-what-request = نامەیەک دەربارەی داواکارییەکی یارمەتی
undelivered-what-message = نامەیەک لە ڕاوێژکارەوە
undelivered-what-notice = ئاگادارییەک لە بۆتەکەوە
