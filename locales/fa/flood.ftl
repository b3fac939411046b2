# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = شما پیام‌های زیادی را خیلی سریع می‌فرستید. همه را می‌خوانم و تا لحظه‌ای دیگر پاسخ می‌دهم. لطفاً کمی آهسته‌تر بنویسید.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = همهٔ پیام‌هایی را که پشت سر هم فرستادید خواندم. این پاسخ آخرین آن‌هاست.
