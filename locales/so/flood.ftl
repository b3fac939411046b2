# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Fariimo badan ayaad si aad u degdeg ah u soo diraysaa. Dhammaan waan akhrinayaa, daqiiqad kadibna waan ka jawaabi doonaa. Fadlan wax yar si tartiib ah u qor.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Waxaan akhriyey dhammaan fariimaha aad isku xigxiga u soo dirtay. Tani waa jawaabta tan ugu dambeysa.
