# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = ئێوە بە خێرایی نامەی زۆر دەنێرن. ھەموویان دەخوێنمەوە و دوای چرکەیەک وەڵام دەدەمەوە. تکایە کەمێک ھێواشتر بنووسن.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = ھەموو ئەو نامانەم خوێندەوە کە یەک لە دوای یەک ناردتان. ئەمە وەڵامی دوایینیانە.
