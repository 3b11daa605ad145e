"""A given name after a kin word that a verb of sending makes the recipient, the thing sent
right after the name: "e gửi c thắm danh sách hộ nghèo", "chuyen cho a tuan ho so nhe", "nộp
chị hoa bản báo cáo".

A given name alone after a kin word needs its end marked (punctuation, a particle, a
predicate: :func:`.given._marked_end`); here the sentence's shape marks it: a verb of giving
("gửi", "chuyển", "đưa", "giao", "nộp", "trả", "mang", "fw"), optionally "lại" / "cho", then
the kin word and the name (the indirect object), then the paper or file given (the direct
object, a noun no given name spells with the name before it). The object list is folded and
holds no word a given name is spelled as ("tiền" typed plain is Tiến, "bằng" Bằng): typed so,
the two words would be a given name of two words as often.
"""

from __future__ import annotations

import re

#: a verb of sending, then "lại" / "cho" (either, both or none), then the kin word's start
#: (folded view, searched up to the kin word)
_SENT_TO = re.compile(
    r"(?<![a-z])(?:gui|chuyen|dua|giao|nop|tra|mang|dem|fw|forward|send)"
    r"(?:[ \t]+lai)?(?:[ \t]+cho)?[ \t]+$"
)
#: the things sent that open the direct object (folded; one word or two), a classifier or a
#: count before them ("bản báo cáo", "bộ hồ sơ", "2 tờ trình")
_OBJECT = re.compile(
    r"[ \t]+(?:(?:ban|bo|cai|to|tap|mot|cac|\d+)[ \t]+)?"
    r"(?:danh sach|ho so|tai lieu|bao cao|bien ban|cong van|ke hoach|thong tin|hoa don"
    r"|so lieu|to trinh|quyet dinh|giay to|giay xac nhan|ban sao|ban scan|ban chup|ban ve"
    r"|ban in|bang luong|bang cham cong|phieu|file|link|form|slide|hop dong|chung tu"
    r"|giay moi|thu moi|de an|du thao)(?![a-z])"
)


def sent_to(folded: str, cs: int, e: int) -> bool:
    """Whether the kin word at ``cs`` follows a verb of sending and the given name ending at
    ``e`` is followed by the paper or file sent (folded view): the name is the recipient's."""
    if _OBJECT.match(folded, e) is None:
        return False
    return _SENT_TO.search(folded, max(0, cs - 24), cs) is not None
