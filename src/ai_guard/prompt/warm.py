"""Build ahead of time what :func:`~ai_guard.prompt.engine.check_prompt` builds on first use.

The detectors load their lexicons, cue sets and patterns the first time a prompt needs them
(so that ``import ai_guard`` stays light and a command-line check pays only for what it
reads). A long-running process would otherwise make its first requests pay: the first prompt
~1 s of lexicons, the first name with a public office ~0.1 s more for the cue sets around it.
:func:`warm_up` checks a few made-up prompts that go through every detector's lazy parts, so
that ``ai-guard serve`` pays for them before it takes its first request.

It then moves what it built to the garbage collector's permanent generation
(``gc.freeze()``): a process holds some 41,000 containers (frozensets, dicts, lists) once
the lexicons are built, alive as long as it is, and every full collection, automatic or the
engine's after a large text, walked them all (10-50 ms each, a pause inside whichever prompt
was being checked). Frozen, a full collection walks only what was made since. Freezing is
process-wide: every object alive then, the caller's own too, is no longer walked by the
cycle collector, so a cycle among them dropped later is never freed (what its reference
count frees is freed as before; ``gc.unfreeze()`` undoes it). That is why it happens only
here, on an explicit call (``ai-guard serve`` makes it; a library user running a long-lived
process calls :func:`warm_up` once at start, before building its own long-lived state, or
``warm_up(freeze=False)``; the one-shot commands, ``ai-guard check``, ``ai-guard classify``
(and its worker processes) and the prompts and documents hooks, call :func:`freeze_loaded`
after their imports), never at import nor in a check.
"""

from __future__ import annotations

import gc

#: made-up prompts (no real person, number or key) that reach every detector's first-use
#: builders: names with and without cues, in lower case and typed without diacritics, an
#: office holder and a complainant, each numeric family, e-mails, addresses, marks, a key, a
#: document's heading and a text in a legacy Vietnamese encoding
_SAMPLES: tuple[str, ...] = (
    "Xin chào, hôm nay thế nào?",
    "Chủ tịch UBND tỉnh Nguyễn Văn Thắng ký Quyết định số 12/QĐ-UBND ngày 05/3/2025 về việc "
    "giải quyết đơn tố cáo của ông Trần Văn Bình, người bị tố cáo là bà Lê Thị Hoa.",
    "Họ và tên: Phạm Minh Tuấn\nNgày sinh: 12/08/1990\nCCCD: 001203004567\n"
    "Mã số thuế: 0101234567\nSĐT: 0912 345 678\nSố tài khoản: 0123456789 tại Vietcombank\n"
    "Số sổ BHXH: 0123456789, thẻ BHYT: DN4010123456789\nHộ chiếu: C1234567\n"
    "GPLX: 010123456789, biển số 29A-123.45\nĐịa chỉ: số 12 ngõ 5 phố Huế, phường Hàng Bài, "
    "quận Hoàn Kiếm, Hà Nội\nEmail: tuan.pm@hanoi.gov.vn, minhtuan90@gmail.com\n"
    "Thẻ test sandbox: 4111 1111 1111 1111, STK VCB-0123456789",
    "anh minh ơi gửi em cái hồ sơ mật bên ban tổ chức nhé, chị hằng nhà ở 45 nguyễn trãi "
    "thanh xuân, sdt không chín một hai ba bốn năm sáu bảy tám",
    "e oi soan giup a cong van tra loi ong tran van binh o so 8 duong le loi, cccd "
    "0012 0300 4567, thanks",
    "MẬT\nBỘ CÔNG AN\nTÀI LIỆU LƯU HÀNH NỘI BỘ - KHÔNG PHỔ BIẾN\nBÁO CÁO\nTình hình an ninh "
    "quý I. Nơi nhận: Như trên; Lưu: VT.",
    "Mr. John Smith và ông Park Ji-hoon, bà H'Bia Mlô, ông Y Moan Niê dự họp tại Đắk Lắk.",
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\npassword: Xk9#mQ2!vR7p",
    "Hä vµ tªn: NguyÔn V¨n An, sè CMND 012345678",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\nVề việc "
    "cưỡng chế thi hành án\nChấp hành viên Đỗ Văn Long thụ lý; đoàn đi thăm Lăng Chủ tịch "
    "Hồ Chí Minh.\n- Danh sách: - Hoàng Văn Nam - ở số 5 ngõ 7, nhà em ở xã ea tu đắk lắk",
    "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN TÂN AN\nSố: 15/QĐ-CCTHADS\nTân An, ngày 2 tháng 8 năm "
    "2024\n\nQUYẾT ĐỊNH\nVề việc kê biên tài sản\n\nCHI CỤC TRƯỞNG CHI CỤC THI HÀNH ÁN DÂN SỰ\n"
    "Giao Chấp hành viên Đỗ Văn Long tổ chức thi hành.\n"
    "1. Mục đích: kiểm tra.\n2. Thời gian: quý II năm 2025.\nDANH SÁCH HỘ ĐỀ NGHỊ HỖ TRỢ: "
    "1. LƯƠNG THỊ BÍCH THỦY - THÔN ĐỒNG TÂM; 2. ĐẬU XUÂN KHẢI - THÔN TRUNG HÒA.\n"
    "3. Lực lượng tham gia và phương án bảo đảm: theo phụ lục.\nCHI CỤC TRƯỞNG\n\nNguyễn Văn Hải",
    "Our office is at 12 Ly Thuong Kiet Street, Hoan Kiem, Hanoi. Contact Nguyễn Tuấn "
    "(@tuan.nguyen) on Zalo. We confirm that le van an, born in 1990, works here.",
    "lich trinh doan hoc sinh: Lang Chu tich Ho Chi Minh\nSurname: DUONG\nGiven names: THI HOA",
    "quyết định khiển trách đối với ông đỗ trọng khoát, công chức; ông tống viết dũng, bà ưng "
    "thị dịu.",
    # chat typed plain: a province's letters after an address, Telex leftovers in a line
    "e o so 3 ngo 9 kim ma ba dinh hn e hoi, ten traanf vawn binh o thoon 2 xax an lao",
    # letters that compose across a plain run (Hangul jamo typed apart): the reading by
    # clusters and its table of attaching characters (a decoded key's bytes reach it too)
    "tên Hàn gõ rời: \u1112\u1161\u11ab \u1100\u1173\u11af",
    # a flat in an estate typed in lower case, chat's verb after the estate's name
    "căn hộ 1604 tòa c3 chung cư thanh hà báo mất nước từ sáng",
    # a salary table pasted flat: a name before the next column's title, an account after a
    # coefficient's decimals
    "STT Họ tên Ngạch Hệ số Số TK\n1 Cù Thị Nguyệt Thư ký thi hành án 2,67 2115 0004 682 193",
    # a numbered hamlet then its commune's name with no unit word, typed plain
    "ong an o xom 2 nghi thu, tinh nghe an",
    # a mark a legacy encoding garbled inside a Unicode sentence (VNI "toái maät")
    "Văn bản cũ có dòng toái maät ở góc trái, tóm tắt giúp em",
)


def warm_up(*, freeze: bool = True) -> None:
    """Check every sample prompt once: the lexicons, cue sets and patterns the detectors build
    on first use are built now (each is kept for the life of the process, as on a first
    request); then every cue set's patterns, reached by a sample or not. With ``freeze``
    (the default), a full collection, then every object the process holds is frozen
    (``gc.freeze()``, process-wide, the caller's objects too: a cycle among them dropped
    later is never collected): the collector no longer walks the lexicons; objects made
    after it are collected as before. Calling it again is harmless."""
    from ai_guard.prompt.engine import check_prompt
    from ai_guard.text.match import compile_cue_sets

    for text in _SAMPLES:
        check_prompt(text)
    compile_cue_sets()  # the cue patterns no sample reached (each is compiled on first use)
    if freeze:
        gc.collect()  # (what the samples left as garbage is not frozen with the lexicons)
        gc.freeze()


def freeze_loaded() -> None:
    """Freeze what the process holds now (``gc.freeze()``, no collection first: that would
    cost the walk it saves): for a command-line process, once its modules are imported and
    before it checks its input. The imports of a check (the detectors' modules, their
    patterns and tables, the models) are some 35,000 of the ~42,000 containers a process
    holds after a check; the engine's full collections after a large text (two) and any
    automatic one then walk the rest only. A command checks and exits, so nothing frozen
    was to be freed."""
    gc.freeze()
