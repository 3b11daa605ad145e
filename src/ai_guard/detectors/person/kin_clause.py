"""A given name alone after an older kin word typed without diacritics, where the word
before the kin word says a person is meant.

Typed without diacritics, "ông", "bà", "cô", "bác" before a given name spell everyday words
as often ("co tien" có tiền, "ba nam" ba năm, "bac si" bác sĩ), so
:func:`.given._lower_after_cue` takes them in a line typed so only where the person is
called, named twice, paired with another, greeted or placed. This module adds the place in
the sentence: the kin word is the object of a verb of giving, asking, meeting or sending, or
follows "của" (of), "với" (with), "cho" (for), "là" (is), "vợ" / "chồng" (the spouse of: "vo
ong loi la ba ...") or a verb of two words that answers, explains or advises someone ("trả
lời", "phản hồi", "giải thích", "tư vấn", "hướng dẫn", "động viên", "thăm hỏi": "cach tra loi
ba nhung hoi ...") ("hồ sơ cho bà lài", "số tài khoản của ông sến là ...", "đề nghị bà thắm
nộp trước ngày 20"): after those a noun phrase starts.

"cô" only after the words that "có" (has, whether) does not follow ("của cô lụa"; not "là
có lỗi", "hỏi có hàng", "cho có"), or after a role and "là" ("thư ký là cô lụa"); "thầy"
not after "cho" ("cho thấy"); "chú" (chủ: "của chủ hàng"), "dì" (đi), "cậu" (câu) never.
The given-name path still asks its own questions after this one (a lexicon given name, no
function word, the name's end marked).
"""

from __future__ import annotations

import re

__all__ = ["KIN_OBJECT_CUES", "kin_is_object"]

#: the words before a kin word that make it a person, "có" never following them (folded): a
#: verb of sending, calling, meeting, reminding, greeting, "của" (of), "với" (with)
_NOUN_ONLY_BEFORE = frozenset(
    {"cua", "voi", "gui", "goi", "gap", "nhac", "chao", "thua", "kinh", "moi"}
)
#: the same and the words that "có" and its like may follow too ("cho" for, "là" is, "hỏi"
#: ask, "nhờ" ask for help, "nhắn" text, "báo" tell, "đề nghị" ask, "xin" beg)
_ANY_BEFORE = _NOUN_ONLY_BEFORE | frozenset(
    {"cho", "la", "hoi", "nho", "nhan", "bao", "nghi", "xin", "hen", "giup", "gium", "dum"}
    # a spouse named by the other ("vo ong loi la ba ...", "chong ba hanh"): vợ, chồng
    | {"vo", "chong"}
)
#: the kin words this module reads and the words before them it takes (folded)
_BEFORE_BY_KIN = {
    "ong": _ANY_BEFORE,
    "ba": _ANY_BEFORE,
    "bac": _ANY_BEFORE,
    "co": _NOUN_ONLY_BEFORE,
    "thay": _NOUN_ONLY_BEFORE,
    # typed so, "bé" is "bé", "bề", English's "be", and "cháu" is "châu" (a continent): the
    # given-name path takes them only with diacritics
    "be": _ANY_BEFORE,
    "chau": _ANY_BEFORE,
}
#: the cues that the given-name path takes only with diacritics and this module reads
KIN_OBJECT_CUES = frozenset({"be", "chau"})
#: verbs that "cho" (let, make) puts after the person it lets do them ("cho bé ăn", "cho
#: cháu học", "cho bà tắm"), folded: no given name after "cho" and a kin word
_LET_DO = frozenset(
    {"an", "hoc", "tam", "ngu", "choi", "uong", "kham", "tiem", "lam", "ve", "sang", "len"}
    | {"vao", "ra", "mua", "xem", "nghe", "doc", "viet", "nghi", "o", "ngoi", "nam", "dung"}
)
#: the word before the kin word (folded text, searched up to the kin word)
_WORD_BEFORE = re.compile(r"(?<![\w/])([a-z]+)[ \t]+$")
#: verbs of two words whose object is a person, before the kin word (folded): answering,
#: explaining, advising ("trả lời bà nhung", "phản hồi ông lộc", "giải thích cho ...")
_TWO_WORD_VERB_BEFORE = re.compile(
    r"(?<![\w/])(?:tra loi|phan hoi|giai thich|tu van|huong dan|dong vien|tham hoi)[ \t]+$"
)
#: a role, then "là" (is), before the kin word (folded): "cô giáo chủ nhiệm là cô ngọc",
#: "thư ký là cô lụa": the role names a person, so whoever "là" gives is one
_ROLE_IS = re.compile(
    r"(?<![\w/])(?:chu nhiem|thu ky|ke toan|thu quy|to truong|to pho|truong ban|pho ban"
    r"|giao vien|gvcn|hieu truong|chu tich|bi thu|truong thon|truong xom|truong phong"
    r"|pho phong|chu tri|chu ho|nguoi nhan|nguoi gui|nguoi lien he)[ \t]+la[ \t]+$"
)


def kin_is_object(folded: str, cs: int, key: str, word: str, counted: frozenset[str]) -> bool:
    """Whether the kin word ``key`` at ``cs`` of the folded text, ``word`` after it, follows a
    word that opens a noun phrase naming a person ("cho bà lài", "của ông sến"); not a unit
    that "ba" (three) counts (``counted``: "với ba tháng"), nor a verb after "cho" and the kin
    word ("cho bé ăn")."""
    before = _BEFORE_BY_KIN.get(key)
    if before is None or (key == "ba" and word in counted):
        return False
    if _ROLE_IS.search(folded, max(0, cs - 24), cs) is not None:
        return True
    if before is _ANY_BEFORE and _TWO_WORD_VERB_BEFORE.search(folded, max(0, cs - 16), cs):
        return True
    m = _WORD_BEFORE.search(folded, max(0, cs - 12), cs)
    if m is None or m.group(1) not in before:
        return False
    return not (m.group(1) == "cho" and word in _LET_DO)
