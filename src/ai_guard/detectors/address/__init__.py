"""Addresses (ADDRESS): chains of address components, on the diacritic-folded view.

Facts: docs/reference.md f.3-f.4.

A component is an address word followed by its name or number: "số 12", "ngõ 34", "đường
Láng", "thôn 3", "xã Tân Phú", "phường Láng Thượng", "Quận 1", "huyện Đồng Phú", "tỉnh Bình
Phước", "TP HCM"; after a comma, a bare province or district name ("..., Đống Đa, Hà Nội")
continues the chain. Both the pre-2025 three levels (xã, huyện, tỉnh) and the post-2025 two
levels (phường/xã, tỉnh/thành phố) are accepted, as are all 63 old and 34 new provinces.

Shapes as people write them (issue 15):

* all capitals ("123 ĐƯỜNG LÊ LỢI, PHƯỜNG BẾN THÀNH"), abbreviations ("Sn 12", "ng. 45",
  "P.", "Q.", "TX.", "TT.", "KP", "KĐT"), kiosks ("ki-ốt số 12 chợ Đồng Xuân"), flats
  ("P.1205 tòa CT2", "căn hộ A3-12"), minority residences ("buôn", "plei", "bản", "phum",
  "sóc", "bon", "làng");
* a house number and street without a unit word, then a known district or province after a
  comma ("17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội"), found from the comma;
* lower-case chat, with or without diacritics: after a lower-case unit word that takes one,
  a lower-case name runs to the next unit word, known place or everyday word ("xóm 3 xã nghi
  phong huyện nghi lộc tỉnh nghệ an", "so 5 ngo 12 pho hue ha noi"). Such a chain must have
  an address's shape (``_lower_case_shape``): levels never go back from province to house, and
  a number, a known province or place, or two levels of administration.
* With diacritics in the text, a unit word must carry its own (``address_cues.tsv``):
  "Phương" is a name, "Ban" a board, "sở" a department; none of them starts a chain.
* chat with neither commas nor unit words, after "ở", "tại" or a colon: a house number, a
  street, a known district or city, then a province ("em ở 17 trần hưng đạo hoàn kiếm hà
  nội"); a house number and street before a lower-case unit chain ("o 18 nguyen trai phuong
  3 tp tan an long an"); a lower-case village before its commune ("bản co mòn, xã ...");
* English word order, abroad too ("1520 Tully Road, San Jose, CA 95122, USA");
* a village alone where it says where someone lives: after "ở" ("ở plei ơi nu", "o ban sang
  tung, sdt ..."), in brackets after a listed person ("Siu Nay (plei Tơ Nia)"), or "plei"
  right after a Jrai or Ede name typed plain ("ksor nhin plei ia krai"); a hamlet
  named after its market, communal house or pagoda after someone and "ở" ("bà tư ở xóm chợ",
  typed plain too unless "cho" gives to someone: "ở xóm cho em hỏi"); a hamlet of two words or
  more after someone and "ở" ("nhà ở thôn trà lộc"; not "ở xóm trọ"); a village after "trú";
* an urban area or a street whose lower-case name opens with a unit or everyday word, inside a
  chain that vouches for it ("kđt dương nội, phường dương nội", "ngõ 5, đường xương giang,
  phường ...", "phố thợ nhuộm p cửa nam hà nội"), a ward or commune too ("tổ 3, phường đề
  thám, tỉnh cao bằng": "đề" folds to "để");
* a hamlet and, with no comma, its commune of two or three words, the chain ending at
  punctuation or the line's end ("nhà thôn hà xã tiên thanh, ..."; not after "bản", also
  "bạn");
* a commune's or ward's name of two words with no unit word, after a numbered hamlet or group
  ("xom 2 nghi thu,", "tổ 7 kp 3 tân phong sinh ...") or a village and a comma ("xóm trại, yên
  phong"), its first syllable one that opens place names (``address_commune_openings.txt``);
  a house's number and a street named as a person or an old trade after someone and "ở" ("bà
  hạnh ở 67 hàng bông gọi ..."); streets listed for a notice ("các tuyến phố A, B, phường C")
  and a venue a route is asked to are no one's home;
* a plain house number and a street after a label of residence ("Nơi ở: 12 Lê Lợi", "HKTT:
  7 HAI BÀ TRƯNG", "noi o: 12 le loi"; not after "Địa chỉ:", which may be an office's) or
  alone in the residence column of a table of people ("| NGUYỄN VĂN AN | 12 LÊ LỢI |"); a
  house on its street before a day and a clock time ("ở 10 Nguyễn Du mai 8h qua"); a house and
  its street right after a listed lower-case full name ("..., do minh khue 18 au co."); a
  lane's street named after a battle or a place (``address_streets.txt``: "kiệt 40 chi
  lăng"). An agency opening a clause, its name and a comma before a chain ("Bộ phận Một cửa
  UBND phường X, số 270 Trần Phú, ...") give its office;
* a flat's chain joined to the ward typed right after it, or after its estate set off by
  commas ("căn 1207 tòa s2 vinhomes smart city p. tây mỗ hn", "căn hộ 2106 tòa a, chung cư
  sky garden, p. tân mỹ"); a tenant's room after "thuê phòng trọ" ("phòng 6 dãy trọ cô huệ
  hẻm 18 ..."); a hamlet's word with a Telex tone letter left on it ("xomx 9 xa ..."); a
  delivery's house, street, bare ward and known district ("giao tới 27 hoàng diệu 2 linh
  trung thủ đức"); a village and its commune after "địa chỉ (nhà X):"; a list's next item
  number stays out of the name before it ("xa muong khuong 2. lo thi ...");
* a unit's or a count's syllable written with other marks inside a street named as a person
  ("88/14 âu dương lân": "dương" is no "đường", "lân" no "lần"); a unit word with a typing
  slip in its marks ("phuờng", "kiêt"); a minority village's syllable with a rime no
  Vietnamese word has ("buon tring"); a capitalised street wrapped by a PDF's export before
  known places ("12 Trần Hưng⏎Đạo, Hoàn Kiếm, Hà Nội").

Where a span starts and stops (the corpora's convention): from the house number or the first
unit word to the last place name, without cue words ("số 40 ...", not "nhà số 40 ..."), with
a name wrapped to the next line inside a chain ("phường⏎Cam Đường") and a province written
with a dash ("Bà Rịa - Vũng Tàu"); a partial span is a leak.

Evidence:

* a residence cue right before the chain ("thường trú tại", "địa chỉ:", "trú tại", "quê
  quán:", "nơi cư trú", "sống tại") makes any chain an address (0.95);
* without a cue, a chain of two or more components with at least one below district level
  (house number, street, hamlet, commune or ward) is an address (0.85);
* a chain after an institution's name ("Ủy ban nhân dân xã Tân Phú", "Công an huyện ...",
  "Chi cục THADS quận ...") names an agency, not where a person lives: not reported unless a
  residence cue introduces it; a single component in prose ("tỉnh Bình Phước") neither; nor
  a chain after an agency's department and its name ("Phòng Kinh tế phường ..."), after a
  road marker ("Km 12+300 Quốc lộ 5, ..."), or a city or province alone ("vào tp hcm").

The package's modules, each by what it does: docs/architecture.md.
"""

from __future__ import annotations

from ai_guard.detectors.address.detector import AddressDetector

__all__ = ["AddressDetector"]
