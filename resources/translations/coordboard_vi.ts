<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgencyChecklist</name>
    <message>
        <location filename="../../src/ui/common/agency_checklist.py" line="38"/>
        <source>Find an agency (accents optional)</source>
        <translation>Tìm cơ quan (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/agency_checklist.py" line="86"/>
        <source>{n} chosen</source>
        <translation>Đã chọn {n}</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="47"/>
        <source>Edit agency</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="47"/>
        <source>New agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="50"/>
        <source>e.g. XPH-CA</source>
        <translation>ví dụ: XPH-CA</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="52"/>
        <source>e.g. Công an xã Phước Hậu</source>
        <translation>ví dụ: Công an xã Phước Hậu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="54"/>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="56"/>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="58"/>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="61"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="62"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="63"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="64"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="65"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="40"/>
        <source>Edit agenda item</source>
        <translation>Sửa nội dung chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="40"/>
        <source>New agenda item</source>
        <translation>Thêm nội dung chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="45"/>
        <source>e.g. Báo cáo kết quả công tác trẻ em năm 2025</source>
        <translation>VD: Báo cáo kết quả công tác trẻ em năm 2025</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="47"/>
        <source>e.g. Bà Trần Thị Bích, Phó Giám đốc Sở Y tế</source>
        <translation>VD: Bà Trần Thị Bích, Phó Giám đốc Sở Y tế</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="48"/>
        <source>(no agency)</source>
        <translation>(không ghi cơ quan)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="54"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="55"/>
        <source>Summary of the report or discussion (for the minutes)</source>
        <translation>Tóm tắt báo cáo hoặc thảo luận (đưa vào biên bản)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="56"/>
        <source>Dealt with at this meeting</source>
        <translation>Đã xong tại cuộc họp này</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="58"/>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="73"/>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="59"/>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="74"/>
        <source>Presented by</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="60"/>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="75"/>
        <source>Presenting agency</source>
        <translation>Cơ quan trình bày</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="61"/>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="76"/>
        <source>Planned duration</source>
        <translation>Thời lượng dự kiến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="62"/>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="77"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="78"/>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="53"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="54"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="55"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="57"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="59"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="61"/>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="158"/>
        <source>Mark finished</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="63"/>
        <source>Carry unfinished items…</source>
        <translation>Chuyển nội dung chưa xong…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="65"/>
        <source>Carry the unfinished items to a later meeting of the board</source>
        <translation>Chuyển các nội dung chưa xong sang cuộc họp sau của Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="89"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="90"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="91"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="96"/>
        <source>Documents of the selected item</source>
        <translation>Tài liệu của nội dung đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="125"/>
        <source>Planned: {planned} minutes — {over} minutes more than the meeting&apos;s {length}</source>
        <translation>Dự kiến: {planned} phút — vượt {over} phút so với {length} phút của cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="131"/>
        <source>Planned: {planned} of the meeting&apos;s {length} minutes</source>
        <translation>Dự kiến: {planned} trên {length} phút của cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="158"/>
        <source>Mark unfinished</source>
        <translation>Đánh dấu chưa xong</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="202"/>
        <source>Delete agenda item</source>
        <translation>Xóa nội dung chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="203"/>
        <source>Delete the agenda item &quot;{title}&quot; with its documents?</source>
        <translation>Xóa nội dung &quot;{title}&quot; cùng các tài liệu kèm theo?</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="256"/>
        <source>{n} items carried to {meeting}.</source>
        <translation>Đã chuyển {n} nội dung sang cuộc họp {meeting}.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="263"/>
        <source>Attach documents</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="307"/>
        <source>Remove document</source>
        <translation>Bỏ tài liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="308"/>
        <source>Remove {name} from the agenda item?</source>
        <translation>Bỏ tài liệu {name} khỏi nội dung này?</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="153"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="154"/>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="155"/>
        <source>Presented by</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="157"/>
        <source>Minutes</source>
        <translation>Phút</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="161"/>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="163"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="189"/>
        <source>Carried over from an earlier meeting</source>
        <translation>Chuyển từ cuộc họp trước</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="36"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="36"/>
        <source>Weaknesses</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="36"/>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="36"/>
        <source>Proposals</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="41"/>
        <source>Written from the numbers when they are shown; edit freely. One paragraph a line.</source>
        <translation>Được viết sẵn từ số liệu khi xem số liệu; có thể sửa tùy ý. Mỗi dòng là một đoạn văn.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="48"/>
        <source>Write again from the numbers</source>
        <translation>Viết lại từ số liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/assessment_editor.py" line="50"/>
        <source>Assessment and proposals, as they will be printed:</source>
        <translation>Đánh giá và kiến nghị, như sẽ in trong báo cáo:</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="36"/>
        <source>Everyone present</source>
        <translation>Tất cả có mặt</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="39"/>
        <source>Mark everyone whose attendance is not recorded yet as present</source>
        <translation>Ghi có mặt cho tất cả những người chưa được ghi điểm danh</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="41"/>
        <source>Invite board members</source>
        <translation>Mời thành viên Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="43"/>
        <source>Add the board&apos;s members on the meeting day who are not on the list</source>
        <translation>Thêm các thành viên của Ban vào ngày họp chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="45"/>
        <source>Add guest…</source>
        <translation>Thêm khách mời…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="46"/>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="294"/>
        <source>Remove guest</source>
        <translation>Bỏ khách mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="82"/>
        <source>e.g. Đi công tác</source>
        <translation>VD: Đi công tác</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="85"/>
        <source>Who attends in this member&apos;s place</source>
        <translation>Người dự họp thay thành viên này</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="88"/>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="108"/>
        <source>Delegate&apos;s position</source>
        <translation>Chức vụ người dự thay</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="89"/>
        <source>Save attendance</source>
        <translation>Lưu điểm danh</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="101"/>
        <source>Selected participant</source>
        <translation>Người đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="105"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="106"/>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="107"/>
        <source>Delegate</source>
        <translation>Người dự thay</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="112"/>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="114"/>
        <source>(not chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="119"/>
        <source>Save chair and secretary</source>
        <translation>Lưu chủ trì và thư ký</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="122"/>
        <source>Chair and secretary</source>
        <translation>Chủ trì và thư ký</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="125"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="126"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="171"/>
        <source>Quorum: {attending} of {members} members attend ({present} present, {delegated} by a delegate); {excused} absent with reason, {absent} absent, {unknown} not recorded; {guests} guests.</source>
        <translation>Số dự họp: {attending}/{members} thành viên ({present} có mặt, {delegated} cử người dự thay); {excused} vắng có lý do, {absent} vắng, {unknown} chưa ghi; {guests} khách mời.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="206"/>
        <source>Select someone in the list.</source>
        <translation>Chọn một người trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="275"/>
        <source>Everyone&apos;s attendance is already recorded.</source>
        <translation>Đã ghi điểm danh cho tất cả mọi người.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="283"/>
        <source>{n} members added to the list.</source>
        <translation>Đã thêm {n} thành viên vào danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/attendance_tab.py" line="294"/>
        <source>Remove {name} from the meeting?</source>
        <translation>Bỏ {name} khỏi danh sách dự họp?</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="203"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="204"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="205"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="207"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="211"/>
        <source>Reason / delegate</source>
        <translation>Lý do / người dự thay</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="212"/>
        <source>At this meeting</source>
        <translation>Tại cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="228"/>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="233"/>
        <source>Delegate: {who}</source>
        <translation>Dự thay: {who}</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="25"/>
        <source>Edit board</source>
        <translation>Sửa thông tin ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="25"/>
        <source>New board</source>
        <translation>Thêm ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="33"/>
        <source>e.g. tỉnh Vĩnh Long, xã Phước Hậu</source>
        <translation>ví dụ: tỉnh Vĩnh Long, xã Phước Hậu</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="34"/>
        <source>(none — top-level board)</source>
        <translation>(không — ban cấp cao nhất)</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="38"/>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="41"/>
        <source>e.g. 1835/QĐ-UBND</source>
        <translation>ví dụ: 1835/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="43"/>
        <source>The board is active</source>
        <translation>Ban đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="49"/>
        <source>e.g. BĐH — as in &quot;Số: 05/BB-BĐH&quot;</source>
        <translation>ví dụ BĐH — như trong &quot;Số: 05/BB-BĐH&quot;</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="52"/>
        <source>e.g. UBND TỈNH VĨNH LONG (empty: from the area)</source>
        <translation>ví dụ UBND TỈNH VĨNH LONG (để trống: lấy theo địa bàn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="56"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="81"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="57"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="58"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="83"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="59"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="84"/>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="60"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="85"/>
        <source>Parent board</source>
        <translation>Ban cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="61"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="86"/>
        <source>Standing agency</source>
        <translation>Cơ quan thường trực</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="62"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="87"/>
        <source>Establishing decision No.</source>
        <translation>Số quyết định thành lập</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="63"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="88"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="64"/>
        <source>Document code</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="65"/>
        <source>Governing body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/board_dialog.py" line="67"/>
        <location filename="../../src/ui/boards/board_dialog.py" line="90"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="47"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="47"/>
        <location filename="../../src/ui/boards/boards_page.py" line="77"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="47"/>
        <location filename="../../src/ui/boards/boards_page.py" line="82"/>
        <source>Members today</source>
        <translation>Thành viên hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="62"/>
        <source>New board</source>
        <translation>Thêm ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="63"/>
        <source>New child board</source>
        <translation>Thêm ban trực thuộc</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="64"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="65"/>
        <source>Show members</source>
        <translation>Xem thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="71"/>
        <source>Details</source>
        <translation>Thông tin chi tiết</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="75"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="76"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="78"/>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="79"/>
        <source>Parent board</source>
        <translation>Ban cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="80"/>
        <source>Standing agency</source>
        <translation>Cơ quan thường trực</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="81"/>
        <source>Establishing decision</source>
        <translation>Quyết định thành lập</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="83"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="84"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="179"/>
        <source>dated {date}</source>
        <translation>ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="189"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/ui/boards/boards_page.py" line="189"/>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="261"/>
        <source>Edit calendar day</source>
        <translation>Sửa ngày trong lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="261"/>
        <source>New calendar day</source>
        <translation>Thêm ngày vào lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="272"/>
        <source>e.g. swap day under Notice 123/TB-VPCP</source>
        <translation>ví dụ: nghỉ bù theo Thông báo số 123/TB-VPCP</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="273"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="275"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="276"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="295"/>
        <source>{weekday}: normally a public holiday ({name}).</source>
        <translation>{weekday}: theo lịch là ngày nghỉ lễ ({name}).</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="297"/>
        <source>{weekday}: normally a working day.</source>
        <translation>{weekday}: theo lịch là ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="299"/>
        <source>{weekday}: normally a day off.</source>
        <translation>{weekday}: theo lịch là ngày nghỉ hằng tuần.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="51"/>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="52"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="53"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="57"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="66"/>
        <location filename="../../src/ui/settings/calendar_tab.py" line="77"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="67"/>
        <location filename="../../src/ui/settings/calendar_tab.py" line="78"/>
        <source>Day of week</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="68"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="69"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="79"/>
        <source>Public holiday</source>
        <translation>Ngày nghỉ lễ, Tết</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="90"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="93"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="97"/>
        <source>An open task is due soon when its deadline is within</source>
        <translation>Nhiệm vụ chưa hoàn thành được coi là sắp đến hạn khi thời hạn còn không quá</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="106"/>
        <source>Deadlines counted in working days skip weekends, public holidays and the extra days off below, and count the make-up working days. Swap days the Government announces each year are entered here.</source>
        <translation>Thời hạn tính theo ngày làm việc không tính ngày nghỉ hằng tuần, ngày nghỉ lễ, Tết và các ngày nghỉ bổ sung dưới đây, nhưng có tính các ngày làm bù. Các ngày nghỉ bù, làm bù do Chính phủ thông báo hằng năm được nhập tại đây.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="112"/>
        <source>Deadlines counted in working days skip weekends, public holidays and the extra days off below, and count the make-up working days. Only an administrator changes the working calendar.</source>
        <translation>Thời hạn tính theo ngày làm việc không tính ngày nghỉ hằng tuần, ngày nghỉ lễ, Tết và các ngày nghỉ bổ sung dưới đây, nhưng có tính các ngày làm bù. Chỉ người quản trị được thay đổi lịch làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="156"/>
        <source>Public holidays of {year} the app already knows (from the Labour Code, lunar dates included):</source>
        <translation>Các ngày nghỉ lễ, Tết năm {year} đã có sẵn trong ứng dụng (theo Bộ luật Lao động, kể cả các ngày tính theo âm lịch):</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="183"/>
        <source>Delete calendar day</source>
        <translation>Xóa ngày khỏi lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="184"/>
        <source>Delete {day} ({kind}) from the working calendar?</source>
        <translation>Xóa ngày {day} ({kind}) khỏi lịch làm việc?</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/calendar_tab.py" line="207"/>
        <source>Saved: {days} days.</source>
        <translation>Đã lưu: {days} ngày.</translation>
    </message>
</context>
<context>
    <name>CarryItemsDialog</name>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="147"/>
        <source>Carry unfinished items</source>
        <translation>Chuyển nội dung chưa xong</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="151"/>
        <source>The agenda items not marked finished are added, with their documents, to the end of the agenda of the meeting chosen here.</source>
        <translation>Các nội dung chưa đánh dấu đã xong được thêm, cùng tài liệu kèm theo, vào cuối chương trình của cuộc họp chọn ở đây.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="161"/>
        <source>To the meeting</source>
        <translation>Sang cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="164"/>
        <source>Carry</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="171"/>
        <source>The board has no later meeting. Create the next meeting first.</source>
        <translation>Ban chưa có cuộc họp nào sau cuộc họp này. Hãy tạo cuộc họp tiếp theo trước.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../src/ui/dashboard/charts_panel.py" line="65"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>ClassChips</name>
    <message>
        <location filename="../../src/ui/tasks/class_chips.py" line="44"/>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/class_chips.py" line="57"/>
        <source>Show only these tasks; choose several to combine them</source>
        <translation>Chỉ hiện các nhiệm vụ này; chọn nhiều nhóm để xem cùng lúc</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/class_chips.py" line="83"/>
        <source>All: {n}</source>
        <translation>Tất cả: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/class_chips.py" line="83"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>ConclusionTasksDialog</name>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="47"/>
        <source>Create tasks from conclusion {n}</source>
        <translation>Giao nhiệm vụ từ kết luận {n}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="54"/>
        <source>What is to be done</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="57"/>
        <source>(choose the lead agency)</source>
        <translation>(chọn cơ quan chủ trì)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="60"/>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="67"/>
        <source>By a date</source>
        <translation>Trước ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="69"/>
        <source>Within working days after the meeting</source>
        <translation>Trong số ngày làm việc kể từ ngày họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="71"/>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="83"/>
        <source> working days</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="90"/>
        <source>The meeting is on {day}; working days skip weekends and holidays.</source>
        <translation>Cuộc họp ngày {day}; ngày làm việc không tính thứ Bảy, Chủ nhật và ngày lễ.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="101"/>
        <source>Add to the list and write another</source>
        <translation>Thêm vào danh sách, ghi nhiệm vụ khác</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="104"/>
        <source>Remove from the list</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="107"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="109"/>
        <source>Title</source>
        <translation>Tên nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="110"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="111"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="112"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="113"/>
        <source>Co-operating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="121"/>
        <source>Tasks listed so far (created together on Save):</source>
        <translation>Các nhiệm vụ đã ghi (được giao cùng lúc khi bấm Giao nhiệm vụ):</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="125"/>
        <source>Create tasks</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="156"/>
        <source>Choose the lead agency of this task first.</source>
        <translation>Hãy chọn cơ quan chủ trì của nhiệm vụ này trước.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="180"/>
        <source>{n} working days</source>
        <translation>{n} ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusion_task_dialog.py" line="182"/>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
</context>
<context>
    <name>ConclusionsTab</name>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="41"/>
        <source>Conclusion / task</source>
        <translation>Kết luận / nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="42"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="43"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="44"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="65"/>
        <source>Create tasks…</source>
        <translation>Giao nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="66"/>
        <source>Open in Tasks</source>
        <translation>Mở ở trang Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="67"/>
        <source>Correct</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="68"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="70"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="72"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="90"/>
        <source>The chair&apos;s conclusion, e.g. Giao Sở Y tế chủ trì, phối hợp Công an tỉnh rà soát…</source>
        <translation>Kết luận của chủ trì, VD: Giao Sở Y tế chủ trì, phối hợp Công an tỉnh rà soát…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="96"/>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="263"/>
        <source>Add conclusion (Ctrl+Enter)</source>
        <translation>Thêm kết luận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="99"/>
        <source>Cancel correction</source>
        <translation>Thôi sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="196"/>
        <source>{n} conclusions, {t} tasks</source>
        <translation>{n} kết luận, {t} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="219"/>
        <source>{lead}; with {others}</source>
        <translation>{lead}; phối hợp: {others}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="261"/>
        <source>Save correction (Ctrl+Enter)</source>
        <translation>Lưu chỗ sửa (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="276"/>
        <source>{title} — {agencies}; deadline {deadline}; {status}, {percent} %</source>
        <translation>{title} — {agencies}; thời hạn {deadline}; {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="279"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="345"/>
        <source>Delete conclusion</source>
        <translation>Xóa kết luận</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="345"/>
        <source>Delete conclusion {n}?</source>
        <translation>Xóa kết luận {n}?</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/conclusions_tab.py" line="366"/>
        <source>{n} tasks created; they are followed on the Tasks page.</source>
        <translation>Đã giao {n} nhiệm vụ; theo dõi ở trang Nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="37"/>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="44"/>
        <source>Someone else saved this record after you opened it, so your changes are not saved yet. Nothing has been overwritten.</source>
        <translation>Người khác đã lưu bản ghi này sau khi bạn mở biểu mẫu, nên các thay đổi của bạn chưa được lưu. Chưa có gì bị ghi đè.</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="60"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="61"/>
        <source>Now in the database</source>
        <translation>Hiện có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="62"/>
        <source>In your form</source>
        <translation>Trong biểu mẫu của bạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="63"/>
        <source>If you save again</source>
        <translation>Nếu bạn lưu lại</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="86"/>
        <source>● marks a change since you opened the form: in the database by the other person, or in your form by you. &quot;Save my changes again&quot; saves the values of the last column: your changes, and the other person&apos;s where you changed nothing. &quot;Load their version&quot; discards your changes.</source>
        <translation>Dấu ● đánh dấu chỗ đã thay đổi từ khi bạn mở biểu mẫu: trong cơ sở dữ liệu là do người kia, trong biểu mẫu là do bạn. &quot;Lưu lại thay đổi của tôi&quot; lưu các giá trị ở cột cuối: thay đổi của bạn, và giá trị của người kia ở những chỗ bạn không sửa. &quot;Tải phiên bản của họ&quot; bỏ các thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="96"/>
        <source>The other change does not touch what this form shows (for example a progress update). &quot;Save my changes again&quot; keeps both changes.</source>
        <translation>Thay đổi kia không động đến nội dung của biểu mẫu này (ví dụ một lần cập nhật tiến độ). &quot;Lưu lại thay đổi của tôi&quot; giữ cả hai thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="103"/>
        <source>Save my changes again</source>
        <translation>Lưu lại thay đổi của tôi</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="105"/>
        <source>Load their version</source>
        <translation>Tải phiên bản của họ</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/conflict_dialog.py" line="107"/>
        <source>Back to the form</source>
        <translation>Quay lại biểu mẫu</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="194"/>
        <source>Connections of this PC</source>
        <translation>Các kết nối của máy này</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="198"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ConnectionsWidget</name>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="42"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="44"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="46"/>
        <source>PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="48"/>
        <source>File on this PC</source>
        <translation>Tệp trên máy này</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="51"/>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="52"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="65"/>
        <source>New…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="66"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="67"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="68"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="99"/>
        <source>in use now</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="101"/>
        <source>opened at start</source>
        <translation>mở khi khởi động</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="142"/>
        <source>Delete connection</source>
        <translation>Xóa kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="144"/>
        <source>Delete the connection {name}? Its password is removed from this PC&apos;s password store; the database itself is not touched.</source>
        <translation>Xóa kết nối {name}? Mật khẩu của kết nối được xóa khỏi kho mật khẩu của máy này; bản thân cơ sở dữ liệu không bị động đến.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connections.py" line="173"/>
        <source>Testing {name}…</source>
        <translation>Đang kiểm tra {name}…</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <location filename="../../src/ui/signin/connector.py" line="127"/>
        <source>The password kept on this PC was refused; the server&apos;s password may have changed.</source>
        <translation>Mật khẩu lưu trên máy này bị từ chối; có thể mật khẩu trên máy chủ đã được đổi.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/connector.py" line="135"/>
        <source>Not connected: no password was given.</source>
        <translation>Chưa kết nối: chưa nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>CopyPlanDialog</name>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="304"/>
        <source>Copy plan to the next year</source>
        <translation>Sao chép kế hoạch sang năm sau</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="311"/>
        <source>A new draft plan for {period} gets the sections of {plan}. Unfinished and suspended tasks are carried over to it (the old ones are marked &quot;carried over&quot;); finished and cancelled tasks stay in this plan; recurring duties get the new period&apos;s dates.</source>
        <translation>Một kế hoạch mới (bản dự thảo) cho {period} được tạo với các mục của {plan}. Các nhiệm vụ chưa hoàn thành và tạm dừng được chuyển tiếp sang kế hoạch mới (nhiệm vụ cũ được đánh dấu &quot;đã chuyển tiếp&quot;); các nhiệm vụ đã hoàn thành và đã hủy giữ nguyên trong kế hoạch này; các nhiệm vụ định kỳ được lập theo thời hạn của kỳ mới.</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="319"/>
        <source>e.g. 45/KH-BĐH</source>
        <translation>ví dụ: 45/KH-BĐH</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="322"/>
        <source>New number</source>
        <translation>Số/ký hiệu mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="323"/>
        <source>New title</source>
        <translation>Tên kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="326"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>CountTiles</name>
    <message>
        <location filename="../../src/ui/dashboard/count_tiles.py" line="75"/>
        <source>completed of the tasks due</source>
        <translation>hoàn thành trên số nhiệm vụ đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/count_tiles.py" line="94"/>
        <source>completed of the {due} tasks due ({done})</source>
        <translation>hoàn thành ({done}) trên {due} nhiệm vụ đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/count_tiles.py" line="104"/>
        <source>Counted apart — {list}</source>
        <translation>Thống kê riêng — {list}</translation>
    </message>
</context>
<context>
    <name>DashboardLists</name>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="43"/>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="52"/>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="63"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="44"/>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="53"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="45"/>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="54"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="46"/>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="55"/>
        <source>Days left</source>
        <translation>Còn (ngày)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="61"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="62"/>
        <source>From</source>
        <translation>Người/cơ quan báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="64"/>
        <source>Report</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="70"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="72"/>
        <source>Latest report</source>
        <translation>Báo cáo gần nhất</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="73"/>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="75"/>
        <source>Open tasks</source>
        <translation>Nhiệm vụ đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="85"/>
        <source>&lt;b&gt;Latest progress reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Báo cáo tiến độ mới nhất&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="86"/>
        <source>&lt;b&gt;No progress report for more than&lt;/b&gt;</source>
        <translation>&lt;b&gt;Không báo cáo tiến độ quá&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="93"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="95"/>
        <source>Agencies with open tasks and no progress report for more than this many days</source>
        <translation>Các cơ quan còn nhiệm vụ đang thực hiện mà không báo cáo tiến độ quá số ngày này</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="125"/>
        <source>Double-click to open on the Tasks page</source>
        <translation>Nhấp đúp để mở trên trang Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="147"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt; — longest overdue first ({n} in all)</source>
        <translation>&lt;b&gt;Quá hạn&lt;/b&gt; — quá hạn lâu nhất trước (tổng số {n})</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="152"/>
        <source>&lt;b&gt;Due in the next {days} days&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Đến hạn trong {days} ngày tới&lt;/b&gt; ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/dashboard/dashboard_lists.py" line="156"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n cơ quan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="75"/>
        <source>All boards</source>
        <translation>Tất cả các ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="77"/>
        <source>with its sub-boards</source>
        <translation>gồm cả các ban cấp dưới</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="79"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="84"/>
        <source>Status classes are computed as of this date</source>
        <translation>Tình trạng nhiệm vụ được tính đến ngày này</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="85"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="86"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="96"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="101"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="104"/>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="220"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/dashboard_page.py" line="240"/>
        <source>{n} tasks as of {day}</source>
        <translation>{n} nhiệm vụ, tính đến ngày {day}</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="37"/>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="43"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="46"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="47"/>
        <source>Schema</source>
        <translation>Phiên bản cấu trúc</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="49"/>
        <location filename="../../src/ui/settings/database_tab.py" line="56"/>
        <source>Backups</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="58"/>
        <source>The server&apos;s administrator backs up a PostgreSQL database (pg_dump).</source>
        <translation>Cơ sở dữ liệu PostgreSQL do người quản trị máy chủ sao lưu (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="62"/>
        <source>Connections of this PC</source>
        <translation>Các kết nối của máy này</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="65"/>
        <source>Which database this PC opens: its own file, or a PostgreSQL server the board&apos;s PCs share. A choice here takes effect at the next start; &quot;Switch now&quot; closes this window and returns to sign-in on the chosen connection. The sign-in dialog offers the same choice.</source>
        <translation>Máy này mở cơ sở dữ liệu nào: tệp riêng trên máy, hay máy chủ PostgreSQL dùng chung của các máy trong Ban. Lựa chọn ở đây có hiệu lực từ lần khởi động sau; &quot;Chuyển ngay&quot; đóng cửa sổ này và quay về màn hình đăng nhập với kết nối đã chọn. Màn hình đăng nhập cũng cho chọn kết nối.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="73"/>
        <source>Open at next start</source>
        <translation>Mở khi khởi động lần sau</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="75"/>
        <source>Switch now</source>
        <translation>Chuyển ngay</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="83"/>
        <source>Passwords of servers and &quot;remember me&quot; are kept in the operating system&apos;s password store ({backend}), never in a settings file.</source>
        <translation>Mật khẩu máy chủ và mật khẩu &quot;ghi nhớ&quot; được lưu trong kho mật khẩu của hệ điều hành ({backend}), không bao giờ lưu trong tệp thiết lập.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="112"/>
        <source>At the next start, coordboard opens {name}.</source>
        <translation>Lần khởi động sau, coordboard sẽ mở {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="123"/>
        <source>Switch connection</source>
        <translation>Chuyển kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="125"/>
        <source>Close this window and sign in again on {name}? Unsaved forms are closed.</source>
        <translation>Đóng cửa sổ này và đăng nhập lại với {name}? Các biểu mẫu chưa lưu sẽ bị đóng.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="149"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/database_tab.py" line="149"/>
        <source>Backup written to {path}.</source>
        <translation>Đã sao lưu vào {path}.</translation>
    </message>
</context>
<context>
    <name>DeadlineFields</name>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="43"/>
        <source>A fixed date</source>
        <translation>Một ngày cụ thể</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="44"/>
        <source>Working days after a date</source>
        <translation>Số ngày làm việc kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="45"/>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="49"/>
        <source>Recurring</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="46"/>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="61"/>
        <source>Every year</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="62"/>
        <source>Every six months</source>
        <translation>6 tháng một lần</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="63"/>
        <source>Every quarter</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="64"/>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="83"/>
        <source>working days of</source>
        <translation>ngày làm việc kể từ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="87"/>
        <source>Due on</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="88"/>
        <source>Within</source>
        <translation>Trong vòng</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="97"/>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="98"/>
        <source>Due days</source>
        <translation>Các ngày đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="99"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="157"/>
        <source>The task is counted apart from those with a deadline.</source>
        <translation>Nhiệm vụ được thống kê riêng, không tính cùng các nhiệm vụ có thời hạn.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="160"/>
        <source>Occurrence {period} of a recurring duty ({points}). Its own deadline can be changed here; the other occurrences stay as they are.</source>
        <translation>Lần {period} của nhiệm vụ định kỳ ({points}). Có thể sửa hạn của riêng lần này; các lần khác giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="168"/>
        <source>One task is created for each due date, until the end of the plan&apos;s period unless a date is given.</source>
        <translation>Mỗi ngày đến hạn tạo một nhiệm vụ, đến hết kỳ của kế hoạch nếu không nhập ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="174"/>
        <source>The deadline was extended to {date}; the date here is the one first assigned.</source>
        <translation>Nhiệm vụ đã được gia hạn đến {date}; ngày ở đây là hạn giao ban đầu.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="186"/>
        <source>e.g. 01/12</source>
        <translation>VD: 01/12</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="187"/>
        <source>Day/month; several dates separated by &quot;;&quot;, e.g. 25/05; 20/11.</source>
        <translation>Ngày/tháng; nhiều ngày thì cách nhau bằng dấu &quot;;&quot;, VD: 25/05; 20/11.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="190"/>
        <source>e.g. 25/05; 20/11</source>
        <translation>VD: 25/05; 20/11</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="191"/>
        <source>Two dates: one in January–June, one in July–December.</source>
        <translation>Hai ngày: một ngày trong tháng 1–6, một ngày trong tháng 7–12.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="194"/>
        <source>e.g. 15/3</source>
        <translation>VD: 15/3</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="196"/>
        <source>Day/month of the quarter (1–3): 15/3 is the 15th of March, June, September and December.</source>
        <translation>Ngày/tháng thứ mấy của quý (1–3): 15/3 là ngày 15 các tháng 3, 6, 9 và 12.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="201"/>
        <source>e.g. 25</source>
        <translation>VD: 25</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/deadline_fields.py" line="202"/>
        <source>The day of the month; 31 means the last day of each month.</source>
        <translation>Ngày trong tháng; 31 là ngày cuối cùng của mỗi tháng.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="46"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="47"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="48"/>
        <source>Date and time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="49"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="50"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="51"/>
        <source>Online link</source>
        <translation>Đường dẫn họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="52"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="53"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="54"/>
        <source>Documents issued</source>
        <translation>Văn bản đã cấp số</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="55"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="56"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="57"/>
        <source>Chair / secretary</source>
        <translation>Chủ trì / thư ký</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="69"/>
        <source>Edit details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="71"/>
        <source>Record as held</source>
        <translation>Ghi là đã họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="74"/>
        <source>Minutes drafted</source>
        <translation>Đã có dự thảo biên bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="76"/>
        <location filename="../../src/ui/meetings/details_tab.py" line="174"/>
        <source>Approve minutes</source>
        <translation>Duyệt biên bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="77"/>
        <source>Reopen minutes…</source>
        <translation>Mở lại biên bản…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="114"/>
        <source>Minutes {ref}</source>
        <translation>Biên bản {ref}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="118"/>
        <source>Conclusion notice {ref} of {date}</source>
        <translation>Thông báo kết luận {ref} ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="124"/>
        <source>Invitation {ref} of {date}</source>
        <translation>Giấy mời {ref} ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="129"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="131"/>
        <source>{n} items, {planned} of {length} minutes planned</source>
        <translation>{n} nội dung, dự kiến {planned} trên {length} phút</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="137"/>
        <source>{attending} of {members} members attend; {guests} guests</source>
        <translation>{attending}/{members} thành viên dự họp; {guests} khách mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/details_tab.py" line="176"/>
        <source>Approve the minutes of &quot;{title}&quot;? They get their number in the register and the record is locked; changes afterwards need a reopen with a reason.</source>
        <translation>Duyệt biên bản cuộc họp &quot;{title}&quot;? Biên bản được cấp số trong sổ văn bản và nội dung được khóa; muốn sửa sau đó phải mở lại và nêu lý do.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="96"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="97"/>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="98"/>
        <source>Invitation</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="103"/>
        <source>Documents of the meeting</source>
        <translation>Văn bản của cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="115"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="116"/>
        <source>Export DOCX…</source>
        <translation>Xuất DOCX…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="117"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="126"/>
        <source>Issue number…</source>
        <translation>Cấp số…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="132"/>
        <source>The minutes get their number when they are approved. Documents without a number are drafts: the number is left blank.</source>
        <translation>Biên bản được cấp số khi duyệt. Văn bản chưa cấp số là dự thảo: để trống số.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="140"/>
        <source>This meeting (.ics)…</source>
        <translation>Cuộc họp này (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="143"/>
        <source>All planned meetings of the board (.ics)…</source>
        <translation>Mọi cuộc họp dự kiến của Ban (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="145"/>
        <location filename="../../src/ui/meetings/documents_tab.py" line="279"/>
        <source>Export to calendar</source>
        <translation>Xuất sang lịch</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="172"/>
        <source>of {date}</source>
        <translation>ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="174"/>
        <source>draft, not numbered</source>
        <translation>dự thảo, chưa cấp số</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="189"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="218"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="224"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="232"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="234"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="237"/>
        <source>Export the document</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="248"/>
        <location filename="../../src/ui/meetings/documents_tab.py" line="323"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="256"/>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="260"/>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="261"/>
        <source>The document was saved to {path}. Open it now?</source>
        <translation>Văn bản đã được lưu vào {path}. Mở ngay?</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="281"/>
        <source>Calendar file (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="299"/>
        <source>planned meetings</source>
        <translation>Các cuộc họp dự kiến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="317"/>
        <source>Calendar saved to {path}; open it with Outlook, Thunderbird or a phone&apos;s calendar.</source>
        <translation>Đã lưu lịch vào {path}; mở bằng Outlook, Thunderbird hoặc lịch trên điện thoại.</translation>
    </message>
</context>
<context>
    <name>DueNoticeDialog</name>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="24"/>
        <source>What is due</source>
        <translation>Nhiệm vụ cần lưu ý</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="28"/>
        <source>your agency&apos;s tasks</source>
        <translation>các nhiệm vụ của cơ quan bạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="28"/>
        <source>your boards&apos; tasks</source>
        <translation>các nhiệm vụ của Ban</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="31"/>
        <source>&lt;b style=&apos;color:#9b1c14&apos;&gt;%n overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#9b1c14&apos;&gt;%n nhiệm vụ quá hạn&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="35"/>
        <source>&lt;b style=&apos;color:#8a5300&apos;&gt;%n due within {days} days&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#8a5300&apos;&gt;%n nhiệm vụ đến hạn trong {days} ngày tới&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="39"/>
        <source>Among {whose}: {counts}.</source>
        <translation>Trong {whose}: {counts}.</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="40"/>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="48"/>
        <source>Show these tasks</source>
        <translation>Xem các nhiệm vụ này</translation>
    </message>
    <message>
        <location filename="../../src/ui/dashboard/due_notice_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="206"/>
        <source>End membership</source>
        <translation>Thôi làm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="210"/>
        <source>e.g. moved to another post, retired</source>
        <translation>ví dụ: chuyển công tác, nghỉ hưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="212"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="213"/>
        <source>Last day on the board</source>
        <translation>Ngày cuối cùng là thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="214"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="25"/>
        <source>Extend the deadline</source>
        <translation>Gia hạn thời hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="31"/>
        <source>e.g. waiting for the survey results of the communes</source>
        <translation>VD: chờ kết quả khảo sát của các xã, phường</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="35"/>
        <source>e.g. Phó Chủ tịch UBND tỉnh, Trưởng ban</source>
        <translation>VD: Phó Chủ tịch UBND tỉnh, Trưởng ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="39"/>
        <source>Current deadline</source>
        <translation>Hạn hoàn thành hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="40"/>
        <source>New deadline</source>
        <translation>Hạn hoàn thành mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="41"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="42"/>
        <source>Approved by</source>
        <translation>Người cho phép gia hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="43"/>
        <source>Approved on</source>
        <translation>Ngày cho phép</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="57"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/extension_dialog.py" line="59"/>
        <source>(already extended; as assigned: {date})</source>
        <translation>(đã gia hạn; hạn giao ban đầu: {date})</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="24"/>
        <source>Create the administrator — coordboard</source>
        <translation>Tạo tài khoản quản trị — coordboard</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="28"/>
        <source>This database has no accounts yet. Create the administrator account; the administrator then adds the other users.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản nào. Hãy tạo tài khoản quản trị; sau đó người quản trị sẽ thêm các người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="40"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="41"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="42"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="43"/>
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="44"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="45"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/first_admin_dialog.py" line="51"/>
        <source>The passwords do not match.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="111"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="145"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="215"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="215"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="257"/>
        <source>The form now shows the record as it is in the database; your changes were discarded.</source>
        <translation>Biểu mẫu đang hiển thị bản ghi như hiện có trong cơ sở dữ liệu; các thay đổi của bạn đã được bỏ.</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/form_dialog.py" line="270"/>
        <source>Nothing was saved: someone else changed this record meanwhile. Save again to compare the two versions.</source>
        <translation>Chưa lưu gì: người khác đã thay đổi bản ghi này trong lúc bạn sửa. Bấm Lưu lần nữa để so sánh hai phiên bản.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="20"/>
        <source>Add a guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="24"/>
        <source>e.g. Bà Trương Thị Hoa</source>
        <translation>VD: Bà Trương Thị Hoa</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="26"/>
        <source>e.g. Chuyên gia bảo vệ trẻ em, UNICEF</source>
        <translation>VD: Chuyên gia bảo vệ trẻ em, UNICEF</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="27"/>
        <source>(not in the catalogue)</source>
        <translation>(không có trong danh mục)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="33"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="34"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="35"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/guest_dialog.py" line="36"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
</context>
<context>
    <name>IssueNumberDialog</name>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="51"/>
        <source>Number the conclusion notice</source>
        <translation>Cấp số thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="53"/>
        <source>Number the invitation</source>
        <translation>Cấp số giấy mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="58"/>
        <source>The next number of this year&apos;s register is taken; it is never given again.</source>
        <translation>Lấy số tiếp theo trong sổ văn bản năm nay; số đã cấp không bao giờ cấp lại.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="67"/>
        <source>Dated</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/documents_tab.py" line="70"/>
        <source>Issue the number</source>
        <translation>Cấp số</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="85"/>
        <source>Reminder letters to agencies with overdue or due-soon tasks</source>
        <translation>Công văn đôn đốc các cơ quan có nhiệm vụ quá hạn, sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="90"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="91"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="92"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="94"/>
        <source>Longest overdue (days)</source>
        <translation>Quá hạn lâu nhất (ngày)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="110"/>
        <source>Drafts (no number yet)</source>
        <translation>Bản dự thảo (chưa lấy số)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="112"/>
        <source>Write the letters…</source>
        <translation>Ghi công văn…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="117"/>
        <source>Report back by:</source>
        <translation>Hạn báo cáo:</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="140"/>
        <source>{agencies} agencies have {tasks} overdue or due-soon tasks today. Each checked agency gets one letter listing its own tasks; a summary workbook lists who was chased.</source>
        <translation>Hôm nay có {agencies} cơ quan với {tasks} nhiệm vụ quá hạn hoặc sắp đến hạn. Mỗi cơ quan được đánh dấu nhận một công văn liệt kê nhiệm vụ của chính cơ quan đó; tệp tổng hợp ghi danh sách các cơ quan được đôn đốc.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="145"/>
        <source>No agency has an overdue or due-soon task on this board today.</source>
        <translation>Hôm nay không cơ quan nào có nhiệm vụ quá hạn hoặc sắp đến hạn của Ban này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="151"/>
        <source>Folder for the letters</source>
        <translation>Thư mục lưu công văn</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="162"/>
        <location filename="../../src/ui/reports/letters_panel.py" line="169"/>
        <location filename="../../src/ui/reports/letters_panel.py" line="183"/>
        <source>Reminder letters</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="162"/>
        <source>Check at least one agency.</source>
        <translation>Hãy đánh dấu ít nhất một cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="170"/>
        <source>Writing the letters…</source>
        <translation>Đang ghi công văn…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="172"/>
        <source>Writing the letters… {done} of {total}</source>
        <translation>Đang ghi công văn… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/letters_panel.py" line="184"/>
        <source>{count} letters written in {folder}:
{names}
Summary: {summary}</source>
        <translation>Đã ghi {count} công văn vào {folder}:
{names}
Tệp tổng hợp: {summary}</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../src/ui/settings/list_tab.py" line="42"/>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/list_tab.py" line="43"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="91"/>
        <source>Sign in — coordboard</source>
        <translation>Đăng nhập — coordboard</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="99"/>
        <source>Remember my password on this PC</source>
        <translation>Ghi nhớ mật khẩu trên máy này</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="108"/>
        <source>Connections…</source>
        <translation>Các kết nối…</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="114"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="116"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="117"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="120"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="128"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="130"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="182"/>
        <source>Connecting to {where}…</source>
        <translation>Đang kết nối tới {where}…</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="212"/>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="259"/>
        <source>Not connected to a database yet.</source>
        <translation>Chưa kết nối được tới cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/login_dialog.py" line="281"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ui/main_window.py" line="44"/>
        <source>coordboard — Coordination boards for child protection</source>
        <translation>coordboard — Tổ chức phối hợp liên ngành về bảo vệ trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="46"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="47"/>
        <source>Boards</source>
        <translation>Ban chỉ đạo, điều hành</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="48"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="49"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="50"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="51"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="52"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="53"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="109"/>
        <source>Signed in: {who} ({role})</source>
        <translation>Người dùng: {who} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="143"/>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="144"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="145"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="147"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="148"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="149"/>
        <location filename="../../src/ui/main_window.py" line="280"/>
        <source>About coordboard</source>
        <translation>Giới thiệu coordboard</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="200"/>
        <source>Connection to the database lost; trying again… ({detail})</source>
        <translation>Mất kết nối tới cơ sở dữ liệu; đang thử kết nối lại… ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="206"/>
        <source>Connection to the database restored.</source>
        <translation>Đã kết nối lại được với cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="282"/>
        <source>coordboard {version}
Coordination boards for child protection: members, meetings, plans and tasks.</source>
        <translation>coordboard {version}
Phần mềm cho tổ chức phối hợp liên ngành về bảo vệ trẻ em: thành viên, cuộc họp, kế hoạch và nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="70"/>
        <source>Edit meeting</source>
        <translation>Sửa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="70"/>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="81"/>
        <source>e.g. Hội nghị sơ kết công tác trẻ em 6 tháng đầu năm 2026</source>
        <translation>VD: Hội nghị sơ kết công tác trẻ em 6 tháng đầu năm 2026</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="100"/>
        <source>e.g. Hội trường UBND tỉnh</source>
        <translation>VD: Hội trường UBND tỉnh</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="105"/>
        <source>Link or room participants join with</source>
        <translation>Đường dẫn hoặc phòng họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="108"/>
        <source>What the meeting is for (opens the minutes and the notice)</source>
        <translation>Mục đích cuộc họp (phần mở đầu của biên bản và thông báo)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="110"/>
        <source>Invite the board&apos;s members on that day</source>
        <translation>Mời các thành viên của Ban vào ngày đó</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="116"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="117"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="140"/>
        <source>Title</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="118"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="141"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="119"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="142"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="120"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="143"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="121"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="144"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="122"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="145"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="123"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="146"/>
        <source>Online link</source>
        <translation>Đường dẫn họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="124"/>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="147"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="96"/>
        <source>Choose a meeting in the list, or create one (Ctrl+N).</source>
        <translation>Chọn một cuộc họp trong danh sách, hoặc tạo cuộc họp mới (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="109"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="110"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="111"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="112"/>
        <source>Record</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="113"/>
        <source>Conclusions and tasks</source>
        <translation>Kết luận và nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="114"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="190"/>
        <source>Minutes approved — reopen them to edit</source>
        <translation>Biên bản đã duyệt — mở lại để sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_editor.py" line="195"/>
        <source>Read only: only the secretariat of this board changes its meetings.</source>
        <translation>Chỉ xem: chỉ Tổ thư ký của Ban được sửa các cuộc họp của Ban.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="96"/>
        <source>Date and time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="100"/>
        <source>Title</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="101"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="102"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="104"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="109"/>
        <source>Attended</source>
        <translation>Dự/mời</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="126"/>
        <source>{attending} of {invited} invited members attend</source>
        <translation>{attending} trên {invited} thành viên được mời dự họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="113"/>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="114"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_models.py" line="115"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="65"/>
        <source>All boards</source>
        <translation>Tất cả các Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="71"/>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="76"/>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="78"/>
        <source>New meeting (Ctrl+N)</source>
        <translation>Cuộc họp mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="80"/>
        <location filename="../../src/ui/meetings/meetings_page.py" line="287"/>
        <source>Delete meeting</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="112"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="114"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="187"/>
        <source>{n} meetings</source>
        <translation>{n} cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meetings_page.py" line="289"/>
        <source>Delete the meeting &quot;{title}&quot; with its agenda, attendance and record? This cannot be undone.</source>
        <translation>Xóa cuộc họp &quot;{title}&quot; cùng chương trình, điểm danh và diễn biến? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="58"/>
        <location filename="../../src/ui/members/members_page.py" line="286"/>
        <source>All boards</source>
        <translation>Tất cả các ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="60"/>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="61"/>
        <source>All sectors</source>
        <translation>Tất cả các ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="62"/>
        <source>All roles</source>
        <translation>Tất cả vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="64"/>
        <source>Include past members</source>
        <translation>Cả thành viên cũ</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="69"/>
        <source>Search names or agencies (accents optional)</source>
        <translation>Tìm theo tên người hoặc cơ quan (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="100"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="101"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="102"/>
        <source>End membership</source>
        <translation>Thôi làm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="103"/>
        <source>Re-staff seat</source>
        <translation>Kiện toàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="104"/>
        <source>Seat history</source>
        <translation>Lịch sử vị trí</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="105"/>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="114"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="116"/>
        <source>On</source>
        <translation>Tại ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="119"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="121"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="123"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="125"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/members/members_page.py" line="202"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="228"/>
        <source>Choose a board first</source>
        <translation>Hãy chọn một ban trước</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="288"/>
        <source>members-{date}.xlsx</source>
        <translation>thanh-vien-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="291"/>
        <source>Export the member list</source>
        <translation>Xuất danh sách thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="293"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="302"/>
        <source>Members of {board}</source>
        <translation>Danh sách thành viên {board}</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="302"/>
        <source>all boards</source>
        <translation>tất cả các ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="304"/>
        <source>on {date}</source>
        <translation>tại ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="314"/>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_page.py" line="315"/>
        <source>The list was saved to {path}.</source>
        <translation>Đã lưu danh sách vào {path}.</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="28"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="29"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="30"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="32"/>
        <source>Role in the board</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="36"/>
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="37"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="39"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="44"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="48"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="49"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/members_table_model.py" line="50"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="47"/>
        <source>Edit membership</source>
        <translation>Sửa thông tin thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="47"/>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="52"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="59"/>
        <source>(the person&apos;s own agency)</source>
        <translation>(cơ quan công tác của người đó)</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="65"/>
        <source>e.g. 1835/QĐ-UBND</source>
        <translation>ví dụ: 1835/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="67"/>
        <source>Seat on {board}</source>
        <translation>Vị trí trong {board}</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="69"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="87"/>
        <source>Role in the board</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="70"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="88"/>
        <source>Agency represented</source>
        <translation>Cơ quan đại diện</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="71"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="89"/>
        <source>Duty in the board</source>
        <translation>Nhiệm vụ trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="72"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="90"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="73"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="91"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="74"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="92"/>
        <source>Appointing decision No.</source>
        <translation>Số quyết định bổ nhiệm</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="75"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="93"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="55"/>
        <source>Database password</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="59"/>
        <source>The server {host}:{port} asks for the password of database user {user} (database {database}).</source>
        <translation>Máy chủ {host}:{port} yêu cầu mật khẩu của tài khoản cơ sở dữ liệu {user} (cơ sở dữ liệu {database}).</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="71"/>
        <source>Keep the password in this PC&apos;s password store</source>
        <translation>Lưu mật khẩu trong kho mật khẩu của máy này</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="77"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="83"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="36"/>
        <source>Someone already on file</source>
        <translation>Người đã có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="37"/>
        <source>A new person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="39"/>
        <source>Type part of the name (accents optional)</source>
        <translation>Gõ một phần họ tên (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="41"/>
        <source>(choose a person)</source>
        <translation>(chọn người)</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="51"/>
        <source>e.g. Phó Giám đốc Sở Y tế</source>
        <translation>ví dụ: Phó Giám đốc Sở Y tế</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="52"/>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="60"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="61"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="65"/>
        <location filename="../../src/ui/members/person_fields.py" line="103"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="66"/>
        <location filename="../../src/ui/members/person_fields.py" line="104"/>
        <source>Honorific</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="67"/>
        <location filename="../../src/ui/members/person_fields.py" line="105"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="68"/>
        <location filename="../../src/ui/members/person_fields.py" line="106"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="69"/>
        <location filename="../../src/ui/members/person_fields.py" line="107"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/person_fields.py" line="70"/>
        <location filename="../../src/ui/members/person_fields.py" line="108"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="41"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="42"/>
        <source>New plan (Ctrl+N)</source>
        <translation>Kế hoạch mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="43"/>
        <source>Edit plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="44"/>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="45"/>
        <source>Copy to next year</source>
        <translation>Sao chép sang năm sau</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="46"/>
        <source>Show tasks</source>
        <translation>Xem nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="48"/>
        <source>Add section</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="51"/>
        <source>Add subsection</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="53"/>
        <source>Edit section</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="55"/>
        <source>Delete section</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="57"/>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="58"/>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="59"/>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="139"/>
        <source>Delete the plan {plan}?</source>
        <translation>Xóa kế hoạch {plan}?</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="157"/>
        <source>The plan {plan} ({period}) was created as a draft.</source>
        <translation>Đã tạo kế hoạch {plan} ({period}) ở trạng thái dự thảo.</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="160"/>
        <source>Unfinished tasks carried over: {count}</source>
        <translation>Số nhiệm vụ chưa hoàn thành được chuyển tiếp: {count}</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="161"/>
        <source>Recurring tasks scheduled for the new period: {count}</source>
        <translation>Số nhiệm vụ định kỳ được lập cho kỳ mới: {count}</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="164"/>
        <source>Finished or cancelled tasks left in the old plan: {count}</source>
        <translation>Số nhiệm vụ đã hoàn thành hoặc đã hủy giữ lại ở kế hoạch cũ: {count}</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="171"/>
        <source>Plan copied</source>
        <translation>Đã sao chép kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="221"/>
        <source>Delete the section {section}?</source>
        <translation>Xóa mục {section}?</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="267"/>
        <source>Delete the task &quot;{task}&quot;?</source>
        <translation>Xóa nhiệm vụ &quot;{task}&quot;?</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_actions.py" line="289"/>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>PlanDetail</name>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="42"/>
        <location filename="../../src/ui/plans/plan_detail.py" line="103"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="47"/>
        <source>Number</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="48"/>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="49"/>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="50"/>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="51"/>
        <location filename="../../src/ui/plans/plan_detail.py" line="63"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="52"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="53"/>
        <source>Purpose and requirements</source>
        <translation>Mục đích, yêu cầu</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="54"/>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="55"/>
        <source>Copied from</source>
        <translation>Sao chép từ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="56"/>
        <location filename="../../src/ui/plans/plan_detail.py" line="102"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="57"/>
        <location filename="../../src/ui/plans/plan_detail.py" line="102"/>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="58"/>
        <source>Inside section</source>
        <translation>Thuộc mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="59"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="60"/>
        <source>Co-operating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="61"/>
        <source>Assigned</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="62"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="64"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="65"/>
        <source>Carried over</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="66"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="102"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="142"/>
        <source>(extended from {date})</source>
        <translation>(gia hạn từ {date})</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_detail.py" line="153"/>
        <source>Yes, from the previous plan</source>
        <translation>Có, từ kế hoạch kỳ trước</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="50"/>
        <source>Edit plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="50"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="55"/>
        <source>e.g. 45/KH-BĐH</source>
        <translation>ví dụ: 45/KH-BĐH</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="58"/>
        <source>e.g. Kế hoạch thực hiện công tác bảo vệ trẻ em năm 2026</source>
        <translation>ví dụ: Kế hoạch thực hiện công tác bảo vệ trẻ em năm 2026</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="68"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="75"/>
        <source>The documents this plan implements</source>
        <translation>Các văn bản mà kế hoạch này triển khai thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="78"/>
        <source>e.g. Ngân sách Nhà nước; nguồn xã hội hóa</source>
        <translation>ví dụ: Ngân sách Nhà nước; nguồn xã hội hóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="82"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="83"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="104"/>
        <source>Number</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="84"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="105"/>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="85"/>
        <source>Years</source>
        <translation>Thời kỳ (năm)</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="86"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="108"/>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="87"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="109"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="88"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="110"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="89"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="111"/>
        <source>Purpose and requirements</source>
        <translation>Mục đích, yêu cầu</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="90"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="112"/>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="106"/>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="107"/>
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
</context>
<context>
    <name>PlanTreeView</name>
    <message>
        <location filename="../../src/ui/plans/plan_tree.py" line="64"/>
        <source>Section / task</source>
        <translation>Mục / nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_tree.py" line="65"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_tree.py" line="66"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_tree.py" line="67"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_tree.py" line="179"/>
        <source>Co-operating: {agencies}</source>
        <translation>Phối hợp: {agencies}</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_tree.py" line="185"/>
        <source>Extended from {date}</source>
        <translation>Gia hạn từ {date}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../src/ui/plans/plans_page.py" line="63"/>
        <source>Number</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plans_page.py" line="64"/>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plans_page.py" line="65"/>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plans_page.py" line="66"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plans_page.py" line="67"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plans_page.py" line="100"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="96"/>
        <source>Edit connection</source>
        <translation>Sửa kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="96"/>
        <source>New connection</source>
        <translation>Thêm kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="104"/>
        <source>e.g. Máy chủ Sở Y tế</source>
        <translation>ví dụ: Máy chủ Sở Y tế</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="105"/>
        <source>A database file on this PC (SQLite)</source>
        <translation>Tệp cơ sở dữ liệu trên máy này (SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="106"/>
        <source>A PostgreSQL server shared by the board&apos;s PCs</source>
        <translation>Máy chủ PostgreSQL dùng chung của các máy trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="113"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="121"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="129"/>
        <source>name or IP address, e.g. 10.0.0.5</source>
        <translation>tên hoặc địa chỉ IP, ví dụ: 10.0.0.5</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="148"/>
        <source>Keep the password in this PC&apos;s password store</source>
        <translation>Lưu mật khẩu trong kho mật khẩu của máy này</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="154"/>
        <source>Address (optional)</source>
        <translation>Địa chỉ (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="159"/>
        <source>Paste the address &apos;coordboard server init&apos; printed, without a password: the fields below are filled in from it.</source>
        <translation>Dán địa chỉ mà lệnh &apos;coordboard server init&apos; đã in ra, không kèm mật khẩu: các ô bên dưới sẽ được điền theo địa chỉ đó.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="164"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="165"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="166"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="167"/>
        <source>Database user</source>
        <translation>Tài khoản cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="168"/>
        <source>Encryption (SSL)</source>
        <translation>Mã hóa (SSL)</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="169"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="175"/>
        <source>The password is kept only in the operating system&apos;s password store, never in a settings file.</source>
        <translation>Mật khẩu chỉ được lưu trong kho mật khẩu của hệ điều hành, không bao giờ lưu trong tệp thiết lập.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="184"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="195"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="237"/>
        <source>kept in the password store; type to change it</source>
        <translation>đã lưu trong kho mật khẩu; gõ mật khẩu mới để thay</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="255"/>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="257"/>
        <source>coordboard database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu coordboard (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="304"/>
        <source>Testing…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../src/ui/common/progress_job.py" line="41"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="49"/>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="53"/>
        <source>Summary of the report or discussion of this item, for the minutes</source>
        <translation>Tóm tắt báo cáo hoặc thảo luận của nội dung này, đưa vào biên bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="57"/>
        <source>Save summary</source>
        <translation>Lưu tóm tắt</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="66"/>
        <source>What was said</source>
        <translation>Nội dung phát biểu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="70"/>
        <source>Save opinion (Ctrl+Enter)</source>
        <translation>Lưu ý kiến (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="73"/>
        <source>Cancel correction (Esc)</source>
        <translation>Thôi sửa (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="75"/>
        <location filename="../../src/ui/meetings/record_tab.py" line="336"/>
        <source>Delete opinion</source>
        <translation>Xóa ý kiến</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="81"/>
        <source>Ctrl+Enter saves and clears the fields for the next opinion; Ctrl+↑ / Ctrl+↓ choose the agenda item; Enter after the speaker goes to the text.</source>
        <translation>Ctrl+Enter lưu và làm trống để ghi ý kiến tiếp theo; Ctrl+↑ / Ctrl+↓ chọn nội dung chương trình; Enter sau tên người phát biểu chuyển sang ô nội dung.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="94"/>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="181"/>
        <source>(not on an agenda item)</source>
        <translation>(ngoài chương trình)</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="238"/>
        <source>Opinions on this item: {n}</source>
        <translation>Ý kiến về nội dung này: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="252"/>
        <source>Correcting opinion {n}</source>
        <translation>Đang sửa ý kiến {n}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/record_tab.py" line="337"/>
        <source>Delete the opinion of {speaker}?</source>
        <translation>Xóa ý kiến của {speaker}?</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="233"/>
        <source>Reopen the approved minutes</source>
        <translation>Mở lại biên bản đã duyệt</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="237"/>
        <source>The minutes keep their number. Say why they are reopened; the reason is kept in the change history.</source>
        <translation>Biên bản giữ nguyên số. Hãy nêu lý do mở lại; lý do được lưu trong lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="242"/>
        <source>e.g. Bổ sung ý kiến của Công an tỉnh</source>
        <translation>VD: Bổ sung ý kiến của Công an tỉnh</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="245"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/meeting_dialog.py" line="248"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="31"/>
        <source>Every task of the board</source>
        <translation>Mọi nhiệm vụ của Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="38"/>
        <source>First half year</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="39"/>
        <source>Second half year</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="40"/>
        <source>Full year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="41"/>
        <source>Date range</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="53"/>
        <source>Statistical data period (Decree 09/2019)</source>
        <translation>Kỳ số liệu thống kê (Nghị định 09/2019)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="55"/>
        <source>From 15/12 of the previous year to 14/6 (6 months) or 14/12 (the year)</source>
        <translation>Từ 15/12 năm trước đến 14/6 (6 tháng) hoặc 14/12 (cả năm)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="58"/>
        <source>Empty: today, or the period&apos;s last day if earlier</source>
        <translation>Để trống: hôm nay, hoặc ngày cuối kỳ nếu sớm hơn</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="59"/>
        <source>Include the boards under it</source>
        <translation>Gồm cả các Ban cấp dưới</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="60"/>
        <source>Charts in the annex</source>
        <translation>Biểu đồ trong phụ lục</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="72"/>
        <source>Board:</source>
        <translation>Ban:</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="73"/>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="74"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="75"/>
        <source>From – to:</source>
        <translation>Từ – đến:</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_form.py" line="77"/>
        <source>Data as of:</source>
        <translation>Số liệu đến ngày:</translation>
    </message>
</context>
<context>
    <name>ReportNumbers</name>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="18"/>
        <source>Choose a board and a period, then show the numbers.</source>
        <translation>Chọn Ban và kỳ báo cáo, rồi bấm Xem số liệu.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="25"/>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="34"/>
        <source>{period}, data as of {date}</source>
        <translation>{period}, số liệu đến ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="39"/>
        <source>No task to report in this period: the report will say so.</source>
        <translation>Không có nhiệm vụ nào trong kỳ: báo cáo sẽ nêu rõ điều này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="44"/>
        <source>{total} tasks: {done} done ({on_time} on time, {late} late), {going} in progress within the deadline ({soon} due soon), {overdue} overdue, {apart} counted apart.</source>
        <translation>{total} nhiệm vụ: hoàn thành {done} ({on_time} đúng hạn, {late} quá hạn), đang thực hiện trong hạn {going} ({soon} sắp đến hạn), quá hạn {overdue}, tính riêng {apart}.</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="57"/>
        <source>Done of the tasks due: {rate} % ({done} of {due}).</source>
        <translation>Tỷ lệ hoàn thành nhiệm vụ đã đến hạn: {rate}% ({done}/{due}).</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/report_numbers.py" line="61"/>
        <source>{meetings} meetings held; {extended} tasks extended; {next} tasks due next period.</source>
        <translation>Đã họp {meetings} cuộc; {extended} nhiệm vụ được gia hạn; {next} nhiệm vụ đến hạn kỳ tới.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="73"/>
        <source>Show the numbers</source>
        <translation>Xem số liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="80"/>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="81"/>
        <source>Word (DOCX)…</source>
        <translation>Word (DOCX)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="82"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="83"/>
        <source>Annex tables (XLSX)…</source>
        <translation>Biểu phụ lục (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="88"/>
        <location filename="../../src/ui/reports/reports_page.py" line="297"/>
        <source>Progress report</source>
        <translation>Báo cáo kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="265"/>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="266"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="267"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="269"/>
        <source>report-{period}{suffix}</source>
        <translation>bao-cao-{period}{suffix}</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="273"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="290"/>
        <source>Counting the tasks…</source>
        <translation>Đang tính số liệu nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="291"/>
        <source>Drawing the charts…</source>
        <translation>Đang vẽ biểu đồ…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="292"/>
        <source>Laying out the report…</source>
        <translation>Đang trình bày báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="293"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="307"/>
        <source>Report written</source>
        <translation>Đã ghi báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/ui/reports/reports_page.py" line="308"/>
        <source>The report was saved to {path}.</source>
        <translation>Báo cáo đã được lưu vào {path}.</translation>
    </message>
</context>
<context>
    <name>RestaffDialog</name>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="237"/>
        <source>Re-staff a seat</source>
        <translation>Kiện toàn thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="241"/>
        <source>{name} ({role}, {agency}) leaves the seat the day before the successor starts. The history of the seat is kept.</source>
        <translation>{name} ({role}, {agency}) thôi giữ vị trí từ ngày trước ngày người thay thế bắt đầu. Lịch sử của vị trí được lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="248"/>
        <source>Successor</source>
        <translation>Người thay thế</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="252"/>
        <source>e.g. 412/QĐ-UBND</source>
        <translation>ví dụ: 412/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="256"/>
        <source>Successor starts on</source>
        <translation>Người thay thế bắt đầu từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="257"/>
        <source>Re-staffing decision No.</source>
        <translation>Số quyết định kiện toàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="258"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="259"/>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
</context>
<context>
    <name>SeatHistoryDialog</name>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="292"/>
        <source>History of the seat</source>
        <translation>Lịch sử vị trí</translation>
    </message>
    <message>
        <location filename="../../src/ui/members/membership_dialogs.py" line="300"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="188"/>
        <source>Edit section</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="188"/>
        <source>New section</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="192"/>
        <source>e.g. II, 1, a</source>
        <translation>ví dụ: II, 1, a</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="195"/>
        <source>e.g. Nội dung</source>
        <translation>ví dụ: Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="196"/>
        <source>(none — top-level section)</source>
        <translation>(không — mục cấp cao nhất)</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="201"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="202"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="267"/>
        <source>Number</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="203"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="268"/>
        <source>Title</source>
        <translation>Tên mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="204"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="269"/>
        <source>Inside section</source>
        <translation>Thuộc mục</translation>
    </message>
</context>
<context>
    <name>SectorDialog</name>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="105"/>
        <source>Edit sector</source>
        <translation>Sửa ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="105"/>
        <source>New sector</source>
        <translation>Thêm ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="112"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="113"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="114"/>
        <source>Order in reports</source>
        <translation>Thứ tự trong báo cáo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="40"/>
        <location filename="../../src/ui/settings/settings_page.py" line="58"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="41"/>
        <location filename="../../src/ui/settings/settings_page.py" line="59"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="42"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="43"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="44"/>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="44"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="44"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="51"/>
        <source>Agencies that send members to boards. Agencies no longer in use stay in the history; untick &apos;In use&apos; instead of deleting them.</source>
        <translation>Các cơ quan cử thành viên tham gia các ban. Cơ quan không còn hoạt động vẫn được giữ trong lịch sử; hãy bỏ chọn &apos;Đang sử dụng&apos; thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="69"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="70"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="72"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="75"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="77"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="78"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="78"/>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="85"/>
        <source>Only an administrator manages accounts.</source>
        <translation>Chỉ người quản trị được quản lý tài khoản.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="105"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="100"/>
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="101"/>
        <source>Sectors</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="102"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_page.py" line="104"/>
        <source>Working calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
</context>
<context>
    <name>SpeakerCombo</name>
    <message>
        <location filename="../../src/ui/meetings/pickers.py" line="46"/>
        <source>Speaker: type a name or an agency</source>
        <translation>Người phát biểu: gõ tên hoặc cơ quan</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="44"/>
        <source>New task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="45"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="46"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="47"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="48"/>
        <source>Add update</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="50"/>
        <source>Extend deadline</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="107"/>
        <source>Delete the task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_actions.py" line="109"/>
        <source>Delete the task &quot;{title}&quot; with its progress history and attachments? This cannot be undone.</source>
        <translation>Xóa nhiệm vụ &quot;{title}&quot; cùng quá trình cập nhật tiến độ và các tệp đính kèm? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>TaskCountLabel</name>
    <message>
        <location filename="../../src/ui/tasks/task_count.py" line="70"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_count.py" line="72"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_count.py" line="76"/>
        <source>{n} tasks</source>
        <translation>{n} nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>TaskDetailPanel</name>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="47"/>
        <source>Select a task to see its details and progress history.</source>
        <translation>Chọn một nhiệm vụ để xem chi tiết và quá trình cập nhật tiến độ.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="63"/>
        <source>completed on {date}</source>
        <translation>hoàn thành ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="76"/>
        <source>of {date}</source>
        <translation>ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="79"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="82"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="84"/>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="85"/>
        <source>Comes from</source>
        <translation>Nguồn giao</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="86"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="87"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="88"/>
        <source>Co-operating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="89"/>
        <source>Responsible</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="90"/>
        <source>Assigned on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="91"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="94"/>
        <source>{old} → {new}: {reason} (approved by {who} on {on})</source>
        <translation>{old} → {new}: {reason} ({who} cho phép ngày {on})</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="103"/>
        <source>Extensions</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="104"/>
        <source>Expected output</source>
        <translation>Sản phẩm đầu ra</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="107"/>
        <source>Target / achieved</source>
        <translation>Chỉ tiêu / đạt được</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="114"/>
        <source>Status note</source>
        <translation>Ghi chú tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="115"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="117"/>
        <source>You may edit this task.</source>
        <translation>Anh/chị được sửa nhiệm vụ này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="119"/>
        <source>You may update its status and progress.</source>
        <translation>Anh/chị được cập nhật tình trạng và tiến độ nhiệm vụ này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="121"/>
        <source>You may add notes to its history.</source>
        <translation>Anh/chị được bổ sung thông tin vào quá trình thực hiện.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="123"/>
        <source>You may read this task.</source>
        <translation>Anh/chị chỉ được xem nhiệm vụ này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="125"/>
        <source>Progress history</source>
        <translation>Quá trình cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="125"/>
        <source>No updates yet.</source>
        <translation>Chưa có cập nhật nào.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="126"/>
        <source>Attachment:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="149"/>
        <source>Status: {old} → {new}</source>
        <translation>Tình trạng: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="155"/>
        <source>Progress: {n} %</source>
        <translation>Tiến độ: {n} %</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="170"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="173"/>
        <source>recurring ({points}), period {period}</source>
        <translation>định kỳ ({points}), kỳ {period}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="177"/>
        <source>{n} working days after {date}</source>
        <translation>{n} ngày làm việc kể từ {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="181"/>
        <source>as assigned: {date}</source>
        <translation>hạn giao ban đầu: {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_detail.py" line="203"/>
        <source>Save the attachment as</source>
        <translation>Lưu tệp đính kèm thành</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="62"/>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="62"/>
        <source>New task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="69"/>
        <source>(not in a plan)</source>
        <translation>(không thuộc kế hoạch)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="70"/>
        <source>(no section)</source>
        <translation>(không thuộc mục nào)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="74"/>
        <source>What is to be done, as written in the plan or conclusion</source>
        <translation>Nội dung nhiệm vụ, như ghi trong kế hoạch hoặc kết luận</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="82"/>
        <source>e.g. 125/KH-UBND</source>
        <translation>VD: 125/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="85"/>
        <source>e.g. UBND tỉnh</source>
        <translation>VD: UBND tỉnh</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="87"/>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="89"/>
        <source>(choose the lead agency)</source>
        <translation>(chọn cơ quan chủ trì)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="96"/>
        <source>Find an agency (accents optional)</source>
        <translation>Tìm cơ quan (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="100"/>
        <source>e.g. Phòng Bảo trợ xã hội và Trẻ em</source>
        <translation>VD: Phòng Bảo trợ xã hội và Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="106"/>
        <source>e.g. a report to the provincial People&apos;s Committee</source>
        <translation>VD: báo cáo gửi Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="109"/>
        <source>e.g. 95</source>
        <translation>VD: 95</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="111"/>
        <source>e.g. % of communes</source>
        <translation>VD: % số xã, phường</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="151"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="153"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="287"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="154"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="288"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="155"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="289"/>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="156"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="290"/>
        <source>Title</source>
        <translation>Tên nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="157"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="291"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="158"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="292"/>
        <source>Comes from</source>
        <translation>Nguồn giao</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="161"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="294"/>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="163"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="293"/>
        <source>Document No.</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="164"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="295"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="165"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="305"/>
        <source>Expected output</source>
        <translation>Sản phẩm đầu ra</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="168"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="307"/>
        <source>unit</source>
        <translation>đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="170"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="306"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="172"/>
        <source>Responsibility and deadline</source>
        <translation>Phân công và thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="174"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="296"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="175"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="297"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="176"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="298"/>
        <source>Co-operating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="177"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="299"/>
        <source>Responsible person or unit</source>
        <translation>Người hoặc đơn vị phụ trách</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="178"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="300"/>
        <source>Assigned on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="179"/>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="301"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="304"/>
        <source>working days of</source>
        <translation>ngày làm việc kể từ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="302"/>
        <source>Due on</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="303"/>
        <source>Within</source>
        <translation>Trong vòng</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="227"/>
        <source>Write the target as a number, e.g. 95 or 12,5.</source>
        <translation>Nhập chỉ tiêu bằng số, VD: 95 hoặc 12,5.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form_dialog.py" line="253"/>
        <source>Choose the board the task belongs to.</source>
        <translation>Chọn Ban mà nhiệm vụ thuộc về.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="50"/>
        <source>tasks-{date}.xlsx</source>
        <translation>nhiem-vu-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="55"/>
        <source>Export the task list</source>
        <translation>Xuất danh sách nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="57"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="64"/>
        <source>all boards</source>
        <translation>tất cả các Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="65"/>
        <source>Tasks of {scope}</source>
        <translation>Danh sách nhiệm vụ của {scope}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="74"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="75"/>
        <source>Writing the task list…</source>
        <translation>Đang ghi danh sách nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="78"/>
        <source>Writing the task list… {done} of {total}</source>
        <translation>Đang ghi danh sách nhiệm vụ… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="98"/>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_export.py" line="99"/>
        <source>The list was saved to {path}.</source>
        <translation>Đã lưu danh sách vào {path}.</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="62"/>
        <source>All boards</source>
        <translation>Tất cả các Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="64"/>
        <source>with its sub-boards</source>
        <translation>gồm cả Ban cấp dưới</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="65"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="67"/>
        <location filename="../../src/ui/tasks/filter_bar.py" line="187"/>
        <source>Choose a board first</source>
        <translation>Hãy chọn Ban trước</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="68"/>
        <source>All sectors</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="69"/>
        <source>All lead agencies</source>
        <translation>Tất cả cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="70"/>
        <source>All co-operating agencies</source>
        <translation>Tất cả cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="74"/>
        <source>Status classes are computed as of this date</source>
        <translation>Tình trạng nhiệm vụ được tính đến ngày này</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="78"/>
        <source>Search task titles (accents optional)</source>
        <translation>Tìm theo tên nhiệm vụ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="85"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="113"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="118"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="120"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="122"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="124"/>
        <source>Co-operating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="126"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="128"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="130"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="132"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="135"/>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="222"/>
        <source>My agency&apos;s tasks</source>
        <translation>Nhiệm vụ của cơ quan tôi</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="224"/>
        <source>Tasks of {agency}</source>
        <translation>Nhiệm vụ của {agency}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/filter_bar.py" line="227"/>
        <source>Tasks that {agency} leads or co-operates on</source>
        <translation>Nhiệm vụ do {agency} chủ trì hoặc phối hợp</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../src/ui/tasks/task_form.py" line="45"/>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form.py" line="47"/>
        <source>Someone else saved this task after you opened it, so nothing was saved. Reload the task as it is now? What you typed here is kept.</source>
        <translation>Người khác đã lưu nhiệm vụ này sau khi anh/chị mở, nên chưa có gì được lưu. Tải lại nhiệm vụ theo nội dung hiện tại? Những gì anh/chị đã nhập ở đây được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_form.py" line="64"/>
        <source>The task was reloaded as it is now. Check it and save again.</source>
        <translation>Đã tải lại nhiệm vụ theo nội dung hiện tại. Vui lòng kiểm tra rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="100"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="101"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="102"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="103"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="104"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="105"/>
        <source>Co-operating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="106"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="107"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="108"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="109"/>
        <source>Assigned on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="110"/>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="246"/>
        <source>This column cannot be sorted.</source>
        <translation>Không sắp xếp được theo cột này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="255"/>
        <source>{date} (extended)</source>
        <translation>{date} (gia hạn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="284"/>
        <source>Deadline as assigned: {date}</source>
        <translation>Hạn giao ban đầu: {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/task_table_model.py" line="288"/>
        <source>completed on {date}</source>
        <translation>hoàn thành ngày {date}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/ui/tasks/tasks_page.py" line="98"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="45"/>
        <source>Progress update</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="47"/>
        <source>Lead agency: {agency}</source>
        <translation>Cơ quan chủ trì: {agency}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="54"/>
        <source>What was done, results, difficulties, proposals</source>
        <translation>Công việc đã làm, kết quả, khó khăn, vướng mắc, đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="71"/>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="74"/>
        <source>target: {target} {unit}</source>
        <translation>chỉ tiêu: {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="83"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="85"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="90"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="91"/>
        <source>Update</source>
        <translation>Nội dung cập nhật</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="94"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="95"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="97"/>
        <source>Achieved value</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="101"/>
        <source>Status and progress are changed by the lead agency or the secretariat; this update is recorded as a note.</source>
        <translation>Tình trạng và tiến độ do cơ quan chủ trì hoặc Tổ thư ký cập nhật; nội dung này được ghi nhận như một ý kiến bổ sung.</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="117"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="146"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../src/ui/tasks/progress_update_dialog.py" line="186"/>
        <source>Write the achieved value as a number.</source>
        <translation>Nhập kết quả đạt được bằng số.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="148"/>
        <source>Edit account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="148"/>
        <source>New account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="156"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="168"/>
        <source>The account may sign in</source>
        <translation>Tài khoản được phép đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="170"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="171"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="172"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="173"/>
        <source>Agency (focal points)</source>
        <translation>Cơ quan (đối với đầu mối)</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="174"/>
        <source>Boards (secretariat, viewers)</source>
        <translation>Các ban (đối với tổ thư ký, người xem)</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="175"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="175"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings/settings_dialogs.py" line="190"/>
        <source>leave empty to keep the current password</source>
        <translation>để trống nếu giữ mật khẩu hiện tại</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/app.py" line="87"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/app.py" line="164"/>
        <source>Connections</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../src/app.py" line="193"/>
        <source>Database on a network share</source>
        <translation>Cơ sở dữ liệu trên thư mục mạng</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/cli/common.py" line="35"/>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="36"/>
        <source>positional arguments</source>
        <translation>tham số bắt buộc theo vị trí</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="37"/>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="38"/>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <location filename="../../src/cli/__init__.py" line="42"/>
        <location filename="../../src/cli/common.py" line="39"/>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="40"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="41"/>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="42"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="43"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="44"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="45"/>
        <source>unrecognized arguments: %s</source>
        <translation>tham số không nhận ra: %s</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="46"/>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="47"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../src/services/meetings/types.py" line="36"/>
        <source>Invited</source>
        <translation>Được mời</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="37"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="38"/>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="39"/>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="40"/>
        <source>Represented by a delegate</source>
        <translation>Cử người dự thay</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../src/services/workdays.py" line="54"/>
        <source>Extra day off</source>
        <translation>Ngày nghỉ bổ sung</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="55"/>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="109"/>
        <source>No tasks</source>
        <translation>Không có nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="174"/>
        <source>(no sector)</source>
        <translation>(chưa xác định lĩnh vực)</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="191"/>
        <source>Tasks by sector</source>
        <translation>Nhiệm vụ theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="199"/>
        <source>Tasks by lead agency</source>
        <translation>Nhiệm vụ theo cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="203"/>
        <source>Tasks by lead agency: the {shown} with most overdue, of {total}</source>
        <translation>Nhiệm vụ theo cơ quan chủ trì ({shown}/{total} cơ quan quá hạn nhiều nhất)</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="215"/>
        <source>Completion by month of the deadline: due, and done</source>
        <translation>Kết quả theo tháng đến hạn: số nhiệm vụ đến hạn và số đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/charts.py" line="230"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/cli/__init__.py" line="33"/>
        <source>Coordination boards for child protection: members, meetings, plans, tasks.</source>
        <translation>Tổ chức phối hợp liên ngành về bảo vệ trẻ em: thành viên, cuộc họp, kế hoạch, nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/cli/__init__.py" line="47"/>
        <source>database file or PostgreSQL URL (default: coordboard.sqlite in the user data folder)</source>
        <translation>tệp cơ sở dữ liệu hoặc địa chỉ PostgreSQL (mặc định: coordboard.sqlite trong thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <location filename="../../src/cli/__init__.py" line="56"/>
        <source>interface language (default: vi)</source>
        <translation>ngôn ngữ giao diện (mặc định: vi)</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="62"/>
        <source>database file or PostgreSQL URL</source>
        <translation>tệp cơ sở dữ liệu hoặc địa chỉ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="17"/>
        <source>create a database filled with fictional demo data</source>
        <translation>tạo cơ sở dữ liệu với dữ liệu mẫu hư cấu</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="25"/>
        <source>number that picks the fictional names (the same number gives the same data)</source>
        <translation>số chọn các tên hư cấu (cùng một số cho cùng một bộ dữ liệu)</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="34"/>
        <source>replace a database that already holds data (a backup is kept)</source>
        <translation>thay thế cơ sở dữ liệu đã có dữ liệu (có giữ bản sao lưu)</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="44"/>
        <source>small: one province with two communes; national: 34 provinces, 3,321 communes and a million tasks (a few minutes)</source>
        <translation>small: một tỉnh với hai xã; national: 34 tỉnh, 3.321 xã và một triệu nhiệm vụ (mất vài phút)</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="56"/>
        <source>number of tasks of the national demo (default: 1,000,000)</source>
        <translation>số nhiệm vụ của dữ liệu mẫu toàn quốc (mặc định: 1.000.000)</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="28"/>
        <source>database maintenance</source>
        <translation>bảo trì cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="35"/>
        <source>copy: the database file to copy from (it is only read)</source>
        <translation>copy: tệp cơ sở dữ liệu cần sao chép (chỉ được đọc, không bị thay đổi)</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="42"/>
        <source>copy: an empty PostgreSQL database, postgresql://USER@HOST:PORT/DBNAME, without the password (it is read from PGPASSWORD or asked for)</source>
        <translation>copy: một cơ sở dữ liệu PostgreSQL còn trống, postgresql://USER@HOST:PORT/DBNAME, không kèm mật khẩu (mật khẩu được đọc từ PGPASSWORD hoặc được hỏi)</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="52"/>
        <source>copy a database file safely</source>
        <translation>sao lưu an toàn một tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="61"/>
        <source>replace a database file by a backup (the replaced file is kept)</source>
        <translation>khôi phục tệp cơ sở dữ liệu từ bản sao lưu (giữ lại tệp bị thay thế)</translation>
    </message>
    <message>
        <location filename="../../src/cli/users.py" line="13"/>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/cli/users.py" line="18"/>
        <source>add an account (password from standard input or prompted)</source>
        <translation>thêm tài khoản (mật khẩu đọc từ đầu vào chuẩn hoặc được hỏi)</translation>
    </message>
    <message>
        <location filename="../../src/cli/users.py" line="26"/>
        <source>agency code (for focal points)</source>
        <translation>mã cơ quan (đối với đầu mối của cơ quan)</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="16"/>
        <source>shared PostgreSQL server for many PCs</source>
        <translation>máy chủ PostgreSQL dùng chung cho nhiều máy tính</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="22"/>
        <source>create the coordboard schema and the first administrator on an empty PostgreSQL database</source>
        <translation>tạo cấu trúc dữ liệu coordboard và tài khoản quản trị đầu tiên trên một cơ sở dữ liệu PostgreSQL trống</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="33"/>
        <source>postgresql://USER@HOST:PORT/DBNAME, without the password (it is read from PGPASSWORD or asked for)</source>
        <translation>postgresql://NGƯỜIDÙNG@MÁYCHỦ:CỔNG/TÊNCSDL, không kèm mật khẩu (mật khẩu được đọc từ PGPASSWORD hoặc được hỏi)</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="45"/>
        <source>user name of the first administrator (default: admin); its password is read from standard input or prompted</source>
        <translation>tên đăng nhập của quản trị viên đầu tiên (mặc định: admin); mật khẩu được đọc từ đầu vào chuẩn hoặc được hỏi</translation>
    </message>
    <message>
        <location filename="../../src/cli/gui.py" line="20"/>
        <source>render the main window on one page to a PNG file, offscreen</source>
        <translation>chụp cửa sổ chính ở một trang ra tệp PNG (không cần màn hình)</translation>
    </message>
    <message>
        <location filename="../../src/cli/gui.py" line="30"/>
        <source>show the window as this account sees it (default: the first administrator)</source>
        <translation>hiển thị như tài khoản này nhìn thấy (mặc định: người quản trị đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="71"/>
        <source>Repeat the password: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="72"/>
        <source>The passwords do not match.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="68"/>
        <source>--tasks applies only to --scale national.</source>
        <translation>--tasks chỉ dùng được với --scale national.</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="70"/>
        <source>--tasks must be 0 or more.</source>
        <translation>--tasks phải từ 0 trở lên.</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="78"/>
        <source>{db} already holds data; use --force to replace it (a backup is kept).</source>
        <translation>{db} đã có dữ liệu; dùng --force để thay thế (có giữ bản sao lưu).</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="88"/>
        <source>--force replaces only database files, not a server database.</source>
        <translation>--force chỉ thay thế tệp cơ sở dữ liệu, không áp dụng cho cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="95"/>
        <source>The previous database was kept as {path}.</source>
        <translation>Cơ sở dữ liệu cũ được giữ tại {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="108"/>
        <source>Demo database created: {db}</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu: {db}</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="109"/>
        <source>Demo accounts (user name / password / role):</source>
        <translation>Tài khoản mẫu (tên đăng nhập / mật khẩu / vai trò):</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="134"/>
        <source>{stage}: {done} of {total} ({seconds} s)</source>
        <translation>{stage}: {done}/{total} ({seconds} giây)</translation>
    </message>
    <message>
        <location filename="../../src/cli/demo.py" line="147"/>
        <source>{provinces} province boards, {communes} commune boards, {agencies} agencies, {plans} plans, {tasks} tasks, {updates} progress updates, {extensions} extensions ({years}) in {seconds} s.</source>
        <translation>{provinces} ban cấp tỉnh, {communes} ban cấp xã, {agencies} cơ quan, {plans} kế hoạch, {tasks} nhiệm vụ, {updates} lượt cập nhật tiến độ, {extensions} lượt gia hạn ({years}) trong {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="77"/>
        <source>db {action} needs --db.</source>
        <translation>db {action} cần --db.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="82"/>
        <source>Database is at schema {rev} (latest).</source>
        <translation>Cơ sở dữ liệu ở phiên bản cấu trúc {rev} (mới nhất).</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="100"/>
        <source>The database is healthy.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="109"/>
        <source>db copy needs --from and --to.</source>
        <translation>db copy cần --from và --to.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="111"/>
        <source>db copy takes --from and --to, not --db.</source>
        <translation>db copy dùng --from và --to, không dùng --db.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="115"/>
        <source>copied {table}: {rows} rows</source>
        <translation>đã sao chép {table}: {rows} dòng</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="117"/>
        <source>verified {table}: {rows} rows, checksum ok</source>
        <translation>đã kiểm tra {table}: {rows} dòng, mã kiểm tra khớp</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="132"/>
        <location filename="../../src/cli/server.py" line="99"/>
        <source>Database password for {user} on {host}: </source>
        <translation>Mật khẩu cơ sở dữ liệu của {user} trên {host}: </translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="142"/>
        <source>Copied {tables} tables, {rows} rows from {source} to {target} in {seconds} s; row counts and checksums match.</source>
        <translation>Đã sao chép {tables} bảng, {rows} dòng từ {source} sang {target} trong {seconds} giây; số dòng và mã kiểm tra đều khớp.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="175"/>
        <source>An upgrade to schema {rev} is available: run &apos;coordboard db upgrade&apos;.</source>
        <translation>Có bản nâng cấp cấu trúc {rev}: hãy chạy &apos;coordboard db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="193"/>
        <source>{path} exists already; choose another name.</source>
        <translation>{path} đã tồn tại; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="196"/>
        <source>Backup written to {path}.</source>
        <translation>Đã sao lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="207"/>
        <source>The replaced database was kept as {path}.</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ tại {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/database.py" line="208"/>
        <source>Restored {db} from {path}.</source>
        <translation>Đã khôi phục {db} từ {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/common.py" line="86"/>
        <source>No such file: {path}</source>
        <translation>Không có tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="113"/>
        <location filename="../../src/cli/users.py" line="39"/>
        <source>Password for {user}: </source>
        <translation>Mật khẩu cho {user}: </translation>
    </message>
    <message>
        <location filename="../../src/cli/users.py" line="52"/>
        <source>Account {user} created.</source>
        <translation>Đã tạo tài khoản {user}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="129"/>
        <source>host</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="130"/>
        <source>port</source>
        <translation>cổng</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="131"/>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="132"/>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="135"/>
        <source>SSL mode</source>
        <translation>chế độ SSL</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="136"/>
        <source>schema revision</source>
        <translation>phiên bản cấu trúc dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="139"/>
        <source>The coordboard database is ready; administrator account: {user}.</source>
        <translation>Cơ sở dữ liệu coordboard đã sẵn sàng; tài khoản quản trị: {user}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="145"/>
        <source>Connection for each PC (the password is not shown):</source>
        <translation>Thông số kết nối cho từng máy tính (không hiển thị mật khẩu):</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="151"/>
        <source>On each PC, add this connection in Settings → Database (or &quot;Connections…&quot; in the sign-in window); the database password is asked for there and kept only in the system&apos;s keyring, where the PC has one. Or start once with:</source>
        <translation>Trên mỗi máy, thêm kết nối này trong Cài đặt → Cơ sở dữ liệu (hoặc &quot;Các kết nối…&quot; ở cửa sổ đăng nhập); mật khẩu cơ sở dữ liệu được hỏi tại đó và chỉ lưu trong kho mật khẩu của hệ điều hành nếu máy có. Hoặc khởi động một lần bằng lệnh:</translation>
    </message>
    <message>
        <location filename="../../src/cli/gui.py" line="42"/>
        <source>--size must look like 1280x800.</source>
        <translation>--size phải có dạng 1280x800.</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="26"/>
        <source>write a meeting&apos;s minutes, conclusion notice or invitation (.docx or .pdf), or meetings as a calendar file (.ics)</source>
        <translation>ghi biên bản, thông báo kết luận hoặc giấy mời của một cuộc họp (.docx hoặc .pdf), hoặc lịch họp thành tệp lịch (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="37"/>
        <source>minutes, notice (conclusion notice), invitation, or ics (calendar)</source>
        <translation>minutes (biên bản), notice (thông báo kết luận), invitation (giấy mời) hoặc ics (lịch họp)</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="47"/>
        <source>the meeting&apos;s number (shown on the Meetings page)</source>
        <translation>số hiệu của cuộc họp (hiện trên trang Cuộc họp)</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="53"/>
        <source>ics only: every planned meeting of this board</source>
        <translation>chỉ dùng với ics: mọi cuộc họp dự kiến của ban này</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="60"/>
        <source>the file to write: .docx or .pdf for a document, .ics for a calendar</source>
        <translation>tệp cần ghi: .docx hoặc .pdf cho văn bản, .ics cho lịch họp</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="76"/>
        <source>export ics needs either --meeting or --board.</source>
        <translation>export ics cần đúng một trong hai tùy chọn --meeting hoặc --board.</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="81"/>
        <source>A calendar is written to an .ics file, not {name}.</source>
        <translation>Lịch họp được ghi vào tệp .ics, không phải {name}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="88"/>
        <source>export {what} needs --meeting.</source>
        <translation>export {what} cần tùy chọn --meeting.</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="91"/>
        <source>--board applies only to export ics.</source>
        <translation>--board chỉ dùng với export ics.</translation>
    </message>
    <message>
        <location filename="../../src/cli/export.py" line="110"/>
        <location filename="../../src/cli/reports.py" line="232"/>
        <source>Written: {path}</source>
        <translation>Đã ghi: {path}</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="24"/>
        <source>write a board&apos;s progress report for a period (.docx, .pdf, or the annex tables as .xlsx)</source>
        <translation>ghi báo cáo kết quả thực hiện nhiệm vụ của một Ban trong một kỳ (.docx, .pdf, hoặc các biểu phụ lục ra .xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="39"/>
        <source>report on this plan of the board only (default: every task of the board)</source>
        <translation>chỉ báo cáo theo kế hoạch này của Ban (mặc định: mọi nhiệm vụ của Ban)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="49"/>
        <source>2026-H1 (first half year), 2026-H2, 2026 (the year), or FROM:TO with dates as dd/mm/yyyy</source>
        <translation>2026-H1 (6 tháng đầu năm), 2026-H2, 2026 (cả năm), hoặc TỪ:ĐẾN với ngày dạng ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="60"/>
        <source>use the statistical data period (Decree 09/2019): from 15/12 of the previous year to 14/6 or 14/12</source>
        <translation>dùng kỳ số liệu thống kê (Nghị định 09/2019): từ 15/12 năm trước đến 14/6 hoặc 14/12</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="71"/>
        <source>count the tasks&apos; status as of this date (default: today, or the period&apos;s end if earlier)</source>
        <translation>tính trạng thái nhiệm vụ tại ngày này (mặc định: hôm nay, hoặc ngày cuối kỳ nếu sớm hơn)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="81"/>
        <location filename="../../src/cli/reports.py" line="155"/>
        <source>include the tasks of the boards under this one</source>
        <translation>gồm cả nhiệm vụ của các Ban cấp dưới</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="86"/>
        <source>leave the charts out of the annex</source>
        <translation>không đưa biểu đồ vào phụ lục</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="93"/>
        <source>the file to write: .docx or .pdf for the report, .xlsx for its annex tables</source>
        <translation>tệp cần ghi: .docx hoặc .pdf cho báo cáo, .xlsx cho các biểu phụ lục</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="102"/>
        <source>write reminder letters to the agencies with overdue or due-soon tasks, one .docx each, and a summary .xlsx</source>
        <translation>ghi công văn đôn đốc các cơ quan có nhiệm vụ quá hạn hoặc sắp đến hạn, mỗi cơ quan một tệp .docx, kèm tệp tổng hợp .xlsx</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="116"/>
        <source>the folder to write the letters into (created if missing)</source>
        <translation>thư mục ghi công văn (tạo mới nếu chưa có)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="123"/>
        <source>the date the agencies must report back by (default: 10 working days from today)</source>
        <translation>hạn các cơ quan phải báo cáo (mặc định: 10 ngày làm việc kể từ hôm nay)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="135"/>
        <source>write only to this agency (repeat for several; default: every agency with overdue or due-soon tasks)</source>
        <translation>chỉ ghi công văn cho cơ quan này (lặp lại cho nhiều cơ quan; mặc định: mọi cơ quan có nhiệm vụ quá hạn hoặc sắp đến hạn)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="146"/>
        <source>drafts: leave the number and date blank and take no number from the register</source>
        <translation>bản dự thảo: để trống số và ngày, không lấy số trong sổ văn bản</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="166"/>
        <source>the board&apos;s number (shown on the Boards page)</source>
        <translation>mã số của Ban (hiện trên trang Các ban)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="172"/>
        <source>act as this account, with its rights (default: the local administrator)</source>
        <translation>thực hiện với tư cách tài khoản này, theo quyền của tài khoản (mặc định: quản trị viên trên máy)</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="203"/>
        <source>The report is written to a .docx, .pdf or .xlsx file, not {name}.</source>
        <translation>Báo cáo được ghi ra tệp .docx, .pdf hoặc .xlsx, không ghi ra {name}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="235"/>
        <source>{period}, as of {date}: {total} tasks; {done} done ({on_time} on time), {going} in progress within the deadline, {overdue} overdue.</source>
        <translation>{period}, số liệu đến ngày {date}: {total} nhiệm vụ; hoàn thành {done} ({on_time} đúng hạn), đang thực hiện trong hạn {going}, quá hạn {overdue}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="276"/>
        <source>No agency has an overdue or due-soon task on this board; no letter was written.</source>
        <translation>Không cơ quan nào có nhiệm vụ quá hạn hoặc sắp đến hạn của Ban này; không ghi công văn nào.</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="285"/>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="288"/>
        <source>  {number}  {agency}: {overdue} overdue, {soon} due soon -&gt; {file}</source>
        <translation>  {number}  {agency}: {overdue} quá hạn, {soon} sắp đến hạn -&gt; {file}</translation>
    </message>
    <message>
        <location filename="../../src/cli/reports.py" line="300"/>
        <source>{count} letters written in {folder}; summary: {file}</source>
        <translation>Đã ghi {count} công văn vào {folder}; tệp tổng hợp: {file}</translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <location filename="../../src/ui/signin/connector.py" line="56"/>
        <source>This PC (local file)</source>
        <translation>Máy này (tệp trên máy)</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/password_dialog.py" line="28"/>
        <source>This PC has no password store of the operating system; the password will be asked for each time.</source>
        <translation>Máy này không có kho mật khẩu của hệ điều hành; mật khẩu sẽ được hỏi mỗi lần.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="49"/>
        <source>The file does not exist yet: it is created at the first start with this connection.</source>
        <translation>Tệp chưa có: tệp sẽ được tạo ở lần khởi động đầu tiên với kết nối này.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="54"/>
        <source>Connected in {ms} ms to {server}: a coordboard database (schema {revision}).</source>
        <translation>Đã kết nối tới {server} sau {ms} ms: đây là cơ sở dữ liệu coordboard (cấu trúc {revision}).</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="59"/>
        <source>Connected in {ms} ms to {server}, but the database has the older schema {revision}: an administrator must run &apos;coordboard db upgrade&apos; first.</source>
        <translation>Đã kết nối tới {server} sau {ms} ms, nhưng cơ sở dữ liệu có cấu trúc cũ {revision}: người quản trị phải chạy &apos;coordboard db upgrade&apos; trước.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="66"/>
        <source>Connected in {ms} ms to {server}; the database is still empty: prepare it with &apos;coordboard server init&apos;.</source>
        <translation>Đã kết nối tới {server} sau {ms} ms; cơ sở dữ liệu còn trống: hãy khởi tạo bằng &apos;coordboard server init&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="75"/>
        <source>No encryption</source>
        <translation>Không mã hóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="76"/>
        <source>Encryption if the server insists</source>
        <translation>Mã hóa nếu máy chủ yêu cầu</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="77"/>
        <source>Encryption when the server offers it</source>
        <translation>Mã hóa khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="78"/>
        <source>Encryption required</source>
        <translation>Bắt buộc mã hóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="79"/>
        <source>Encryption required, server certificate checked</source>
        <translation>Bắt buộc mã hóa, kiểm tra chứng chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../src/ui/signin/profile_dialog.py" line="82"/>
        <source>Encryption required, server certificate and name checked</source>
        <translation>Bắt buộc mã hóa, kiểm tra chứng chỉ và tên máy chủ</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/services/demo/national/world.py" line="23"/>
        <source>boards and agencies</source>
        <translation>ban và cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/services/demo/national/world.py" line="24"/>
        <source>members</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../../src/services/demo/national/world.py" line="25"/>
        <source>plans</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/services/demo/national/world.py" line="26"/>
        <source>tasks</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/services/demo/national/world.py" line="27"/>
        <source>indexes</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <location filename="../../src/services/demo/national/world.py" line="28"/>
        <source>statistics for the query planner</source>
        <translation>thống kê cho bộ tối ưu truy vấn</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/app.py" line="245"/>
        <source>The database has no administrator account.</source>
        <translation>Cơ sở dữ liệu chưa có tài khoản quản trị.</translation>
    </message>
    <message>
        <location filename="../../src/app.py" line="258"/>
        <location filename="../../src/services/documents/files.py" line="20"/>
        <location filename="../../src/services/spreadsheets.py" line="45"/>
        <location filename="../../src/services/spreadsheets.py" line="55"/>
        <source>Cannot write to {path}: {detail}</source>
        <translation>Không ghi được vào {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db/engine.py" line="98"/>
        <source>An in-memory database cannot be used.</source>
        <translation>Không thể dùng cơ sở dữ liệu trong bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="33"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="38"/>
        <source>{path} is not a coordboard database (not a SQLite file).</source>
        <translation>{path} không phải là cơ sở dữ liệu của coordboard (không phải tệp SQLite).</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="23"/>
        <source>{path} is damaged and cannot be opened: {detail}</source>
        <translation>{path} bị hỏng, không mở được: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="18"/>
        <source>The database server {host}:{port} refused the password of user {user}.</source>
        <translation>Máy chủ cơ sở dữ liệu {host}:{port} từ chối mật khẩu của người dùng {user}.</translation>
    </message>
    <message>
        <location filename="../../src/db/engine.py" line="40"/>
        <source>Lost the connection to the database server {server} ({detail}). The operation was not completed; try again when the server can be reached.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu {server} ({detail}). Thao tác chưa hoàn tất; hãy thử lại khi máy chủ kết nối được trở lại.</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="55"/>
        <source>Cannot connect to the database server {host}: no computer of that name is known on the network. Check the spelling, or use the server&apos;s IP address.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu {host}: trên mạng không có máy nào mang tên này. Hãy kiểm tra lại tên, hoặc dùng địa chỉ IP của máy chủ.</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="65"/>
        <source>Cannot connect to the database server {host}:{port}: the computer answers, but nothing listens on port {port}. Check the port number, and that PostgreSQL is running there and accepts connections from the network.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu {host}:{port}: máy có trả lời nhưng không có dịch vụ nào ở cổng {port}. Hãy kiểm tra số cổng, và PostgreSQL có đang chạy trên máy đó và nhận kết nối qua mạng hay không.</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="76"/>
        <source>Cannot connect to the database server {host}:{port}: it does not answer. Check the address, that the server&apos;s PC is on, and that no firewall blocks port {port}.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu {host}:{port}: máy chủ không trả lời. Hãy kiểm tra địa chỉ, máy chủ có đang bật không, và tường lửa có chặn cổng {port} không.</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="86"/>
        <source>There is no database {database} on the server {host}:{port}.</source>
        <translation>Không có cơ sở dữ liệu {database} trên máy chủ {host}:{port}.</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="93"/>
        <source>The connection asks for SSL (sslmode={mode}) but the database server {host}:{port} does not offer it: ask its administrator to turn SSL on, or choose a weaker SSL mode for a server on a trusted office network.</source>
        <translation>Kết nối yêu cầu SSL (sslmode={mode}) nhưng máy chủ cơ sở dữ liệu {host}:{port} không hỗ trợ: hãy đề nghị quản trị máy chủ bật SSL, hoặc chọn chế độ SSL thấp hơn nếu máy chủ nằm trong mạng nội bộ tin cậy của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/db/server_refusals.py" line="108"/>
        <source>The database server {host}:{port} does not let user {user} in (no such user, or not allowed from this PC): {detail}</source>
        <translation>Máy chủ cơ sở dữ liệu {host}:{port} không cho người dùng {user} đăng nhập (không có người dùng này, hoặc không được phép từ máy tính này): {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="64"/>
        <location filename="../../src/services/db_copy.py" line="218"/>
        <source>Cannot connect to the database server {path}: {detail}</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="24"/>
        <source>{path} is a database of another program, not of coordboard.</source>
        <translation>{path} là cơ sở dữ liệu của chương trình khác, không phải của coordboard.</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="83"/>
        <source>The database on the server {path} has schema revision {revision}, which this coordboard does not know: it was made by a newer version of coordboard. Update coordboard on this PC.</source>
        <translation>Cơ sở dữ liệu trên máy chủ {path} có phiên bản cấu trúc {revision} mà coordboard này không biết: nó được tạo bởi phiên bản coordboard mới hơn. Hãy cập nhật coordboard trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../src/db/inspection.py" line="94"/>
        <source>{path} was made by a newer version of coordboard (schema {revision}). Install the newer version to open it.</source>
        <translation>{path} được tạo bởi phiên bản coordboard mới hơn (cấu trúc {revision}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../../src/db/opening.py" line="59"/>
        <source>The server&apos;s database {path} is at schema revision {revision}; this coordboard needs {head}: an administrator must run &apos;coordboard db upgrade --db {url}&apos;.</source>
        <translation>Cơ sở dữ liệu trên máy chủ {path} đang ở phiên bản cấu trúc {revision}; coordboard này cần {head}: quản trị viên phải chạy &apos;coordboard db upgrade --db {url}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/db/opening.py" line="73"/>
        <location filename="../../src/services/db_copy.py" line="154"/>
        <source>{path} needs an upgrade: run &apos;coordboard db upgrade&apos;.</source>
        <translation>{path} cần được nâng cấp: hãy chạy &apos;coordboard db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/db/network.py" line="28"/>
        <source>{path} is on a network share. SQLite cannot lock a file safely over a network: two PCs writing to it can damage it beyond repair. Keep the file on this PC, or let the board&apos;s PCs share a PostgreSQL server (coordboard server init, coordboard db copy).</source>
        <translation>{path} nằm trên thư mục dùng chung qua mạng. SQLite không khóa tệp an toàn qua mạng: hai máy cùng ghi có thể làm hỏng tệp không khôi phục được. Hãy để tệp trên máy này, hoặc cho các máy của Ban dùng chung một máy chủ PostgreSQL (coordboard server init, coordboard db copy).</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="76"/>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="86"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Đăng nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="116"/>
        <location filename="../../src/services/auth.py" line="274"/>
        <source>No user named {username}.</source>
        <translation>Không có người dùng {username}.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="132"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="154"/>
        <source>A user name may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Tên đăng nhập chỉ được gồm chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; và &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="161"/>
        <location filename="../../src/services/auth.py" line="267"/>
        <source>Unknown role: {role}.</source>
        <translation>Vai trò không hợp lệ: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="170"/>
        <source>The user name {username} is taken.</source>
        <translation>Tên đăng nhập {username} đã được dùng.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="179"/>
        <source>No agency with code {code}.</source>
        <translation>Không có cơ quan mã {code}.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="185"/>
        <location filename="../../src/services/auth.py" line="279"/>
        <source>An agency focal point must belong to an agency.</source>
        <translation>Đầu mối của cơ quan phải thuộc một cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="205"/>
        <source>This database already has accounts.</source>
        <translation>Cơ sở dữ liệu này đã có tài khoản.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="220"/>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="297"/>
        <source>At least one active administrator must remain.</source>
        <translation>Phải còn ít nhất một tài khoản quản trị đang hoạt động.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="123"/>
        <location filename="../../src/services/boards.py" line="248"/>
        <location filename="../../src/services/members/memberships.py" line="45"/>
        <location filename="../../src/services/register.py" line="93"/>
        <location filename="../../src/services/reports/data.py" line="55"/>
        <location filename="../../src/services/reports/reminders/candidates.py" line="44"/>
        <source>The board no longer exists.</source>
        <translation>Ban này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="138"/>
        <source>The board name must not be empty.</source>
        <translation>Tên ban không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="142"/>
        <source>Choose the kind of board.</source>
        <translation>Hãy chọn loại ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="146"/>
        <source>Choose the board&apos;s level.</source>
        <translation>Hãy chọn cấp của ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="284"/>
        <location filename="../../src/services/boards.py" line="150"/>
        <location filename="../../src/services/catalogue.py" line="161"/>
        <location filename="../../src/services/meetings/agenda.py" line="71"/>
        <location filename="../../src/services/meetings/attendance.py" line="146"/>
        <location filename="../../src/services/members/memberships.py" line="56"/>
        <location filename="../../src/services/members/people.py" line="111"/>
        <source>The agency no longer exists.</source>
        <translation>Cơ quan này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="154"/>
        <location filename="../../src/services/members/memberships.py" line="73"/>
        <source>The decision date cannot be in the future.</source>
        <translation>Ngày quyết định không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="170"/>
        <source>A board named {name} already exists for this area.</source>
        <translation>Địa bàn này đã có ban tên là {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="177"/>
        <source>The parent board no longer exists.</source>
        <translation>Ban cấp trên không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="181"/>
        <source>A board cannot be placed under itself or under one of its own child boards.</source>
        <translation>Không thể đặt một ban trực thuộc chính nó hoặc trực thuộc một ban cấp dưới của nó.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="131"/>
        <source>The agency name must not be empty.</source>
        <translation>Tên cơ quan không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="135"/>
        <source>The agency code must not be empty.</source>
        <translation>Mã cơ quan không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="149"/>
        <source>An agency with this name or code already exists: {name}.</source>
        <translation>Đã có cơ quan trùng tên hoặc trùng mã: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="184"/>
        <source>The sector code must not be empty.</source>
        <translation>Mã ngành không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="188"/>
        <source>The sector name must not be empty.</source>
        <translation>Tên ngành không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="202"/>
        <source>A sector with this name or code already exists: {name}.</source>
        <translation>Đã có ngành trùng tên hoặc trùng mã: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="210"/>
        <source>The sector no longer exists.</source>
        <translation>Ngành này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/rows.py" line="120"/>
        <location filename="../../src/ui/members/membership_dialogs.py" line="164"/>
        <source>The membership no longer exists.</source>
        <translation>Thành viên này không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="48"/>
        <location filename="../../src/services/members/memberships.py" line="246"/>
        <source>Choose the person.</source>
        <translation>Hãy chọn người.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="52"/>
        <source>Choose the role in the board.</source>
        <translation>Hãy chọn vai trò trong Ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="60"/>
        <source>Enter the start date.</source>
        <translation>Hãy nhập ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="64"/>
        <source>The membership cannot end ({end}) before it starts ({start}).</source>
        <translation>Ngày kết thúc ({end}) không được trước ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="85"/>
        <source>This person already sits on the board in that period (from {start}).</source>
        <translation>Người này đã là thành viên của Ban trong thời gian đó (từ ngày {start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="95"/>
        <source>The board already has a {role} in that period: {name}. End that membership first (or re-staff the seat).</source>
        <translation>Trong thời gian đó Ban đã có {role}: {name}. Hãy cho người đó thôi làm thành viên trước (hoặc dùng chức năng kiện toàn).</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="187"/>
        <source>A membership cannot move to another board; end it and add a new one.</source>
        <translation>Không thể chuyển thành viên sang ban khác; hãy kết thúc và thêm mới.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="251"/>
        <source>This seat was already re-staffed: {name} took it over on {start}. Re-staff the current holder instead.</source>
        <translation>Vị trí này đã được kiện toàn: {name} thay thế từ ngày {start}. Hãy kiện toàn người đang giữ vị trí.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="262"/>
        <source>This membership already ended on {end}; add the new member instead.</source>
        <translation>Thành viên này đã thôi từ ngày {end}; hãy thêm thành viên mới.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/memberships.py" line="270"/>
        <source>The successor must start after the current holder ({start}).</source>
        <translation>Người thay thế phải bắt đầu sau ngày bắt đầu của người đang giữ vị trí ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/members/people.py" line="67"/>
        <source>The full name must not be empty.</source>
        <translation>Họ và tên không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/people.py" line="71"/>
        <source>A name cannot contain digits.</source>
        <translation>Họ tên không được chứa chữ số.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/people.py" line="76"/>
        <source>The honorific must be Ông or Bà.</source>
        <translation>Danh xưng phải là Ông hoặc Bà.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/people.py" line="81"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} không phải là địa chỉ thư điện tử hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/members/people.py" line="87"/>
        <source>{phone} is not a phone number (digits, spaces, +, -, dots only).</source>
        <translation>{phone} không phải là số điện thoại (chỉ gồm chữ số, dấu cách, +, -, dấu chấm).</translation>
    </message>
    <message>
        <location filename="../../src/services/members/people.py" line="142"/>
        <location filename="../../src/services/members/people.py" line="181"/>
        <source>The person no longer exists.</source>
        <translation>Người này không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="91"/>
        <source>You may not view this board.</source>
        <translation>Tài khoản của bạn không được xem ban này.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="101"/>
        <source>Your account may not change this board or its members.</source>
        <translation>Tài khoản của bạn không được thay đổi ban này hoặc thành viên của ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="108"/>
        <source>Only the secretariat or an administrator may change the catalogue.</source>
        <translation>Chỉ tổ thư ký hoặc người quản trị được sửa danh mục.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="117"/>
        <source>Only the secretariat or an administrator may change people&apos;s records.</source>
        <translation>Chỉ tổ thư ký hoặc người quản trị được sửa thông tin cá nhân.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="125"/>
        <source>Only an administrator may do this.</source>
        <translation>Chỉ người quản trị được làm việc này.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="19"/>
        <source>Someone else changed this record meanwhile. Reload it and try again.</source>
        <translation>Người khác vừa sửa bản ghi này. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="58"/>
        <source>Your account has been disabled. Ask the administrator.</source>
        <translation>Tài khoản của bạn đã bị khóa. Hãy liên hệ người quản trị.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="64"/>
        <source>The administrator changed your account&apos;s rights. Sign in again.</source>
        <translation>Người quản trị đã thay đổi quyền của tài khoản này. Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="133"/>
        <source>The change breaks a database rule and was not saved: {detail}</source>
        <translation>Thay đổi vi phạm ràng buộc dữ liệu nên không được lưu: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="151"/>
        <source>The text is too long: at most {limit} characters ({length} given).</source>
        <translation>Nội dung quá dài: tối đa {limit} ký tự (đã nhập {length}).</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/errors.py" line="14"/>
        <source>Unexpected error: {detail}</source>
        <translation>Lỗi không mong đợi: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/ui/common/errors.py" line="20"/>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <location filename="../../src/services/demo/national/accounts.py" line="32"/>
        <source>The national demo is built only into a new, empty database; this one already holds boards or demo accounts.</source>
        <translation>Dữ liệu mẫu toàn quốc chỉ được tạo trong một cơ sở dữ liệu mới, còn trống; cơ sở dữ liệu này đã có ban hoặc tài khoản mẫu.</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/silent_setting.py" line="43"/>
        <source>Only the secretariat or an administrator may change this setting.</source>
        <translation>Chỉ Tổ thư ký hoặc quản trị viên được thay đổi thiết lập này.</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/silent_setting.py" line="23"/>
        <source>The number of days without a report must be between {low} and {high}.</source>
        <translation>Số ngày không có báo cáo phải từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../src/services/dashboard/overview.py" line="37"/>
        <location filename="../../src/services/plans/queries.py" line="28"/>
        <location filename="../../src/services/reports/data.py" line="159"/>
        <source>The plan no longer exists.</source>
        <translation>Kế hoạch không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="30"/>
        <source>Only the secretariat of this board may change its plans.</source>
        <translation>Chỉ tổ thư ký của ban này được thay đổi kế hoạch của ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="44"/>
        <source>Enter the plan&apos;s title.</source>
        <translation>Nhập tên kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/editing.py" line="22"/>
        <source>The minutes of this meeting are approved. Reopen them before changing the record.</source>
        <translation>Biên bản cuộc họp này đã được duyệt. Hãy mở lại biên bản trước khi sửa nội dung.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/editing.py" line="32"/>
        <location filename="../../src/services/meetings/editing.py" line="59"/>
        <source>The meeting no longer exists.</source>
        <translation>Cuộc họp không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/editing.py" line="39"/>
        <source>Only the secretariat of this board may change its meetings.</source>
        <translation>Chỉ tổ thư ký của ban này được thay đổi các cuộc họp của ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="39"/>
        <source>Enter the meeting&apos;s title.</source>
        <translation>Hãy nhập tên cuộc họp.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="46"/>
        <location filename="../../src/services/plans/editing.py" line="49"/>
        <location filename="../../src/services/tasks/validation.py" line="62"/>
        <source>The chosen board no longer exists.</source>
        <translation>Ban đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="49"/>
        <source>Unknown kind of meeting.</source>
        <translation>Loại cuộc họp không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="51"/>
        <source>Unknown meeting mode.</source>
        <translation>Hình thức họp không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="54"/>
        <source>The meeting ends ({end}) before it starts ({start}).</source>
        <translation>Thời gian kết thúc ({end}) sớm hơn thời gian bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="61"/>
        <source>A meeting cannot last more than 7 days; check the end date.</source>
        <translation>Cuộc họp không thể kéo dài quá 7 ngày; hãy kiểm tra ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="68"/>
        <source>An online meeting needs the link (or room) participants join with.</source>
        <translation>Cuộc họp trực tuyến cần đường dẫn (hoặc phòng họp) để đại biểu tham dự.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="123"/>
        <source>A meeting cannot move to another board.</source>
        <translation>Không thể chuyển cuộc họp sang ban khác.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="148"/>
        <source>Tasks from this meeting are due on {deadline}, before the new meeting date.</source>
        <translation>Có nhiệm vụ từ cuộc họp này hạn ngày {deadline}, trước ngày họp mới.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="166"/>
        <source>Tasks were assigned at this meeting; it cannot be deleted.</source>
        <translation>Cuộc họp đã giao nhiệm vụ nên không thể xóa.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/scheduling.py" line="172"/>
        <source>Numbered documents were issued for this meeting; it cannot be deleted.</source>
        <translation>Cuộc họp đã có văn bản được cấp số nên không thể xóa.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="35"/>
        <source>Approve the minutes with the approve command.</source>
        <translation>Hãy dùng lệnh duyệt biên bản để duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="42"/>
        <source>The meeting is on {day}; it cannot be recorded as held before then.</source>
        <translation>Cuộc họp diễn ra ngày {day}; chưa thể ghi nhận là đã họp trước ngày đó.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="67"/>
        <source>The minutes are already approved.</source>
        <translation>Biên bản đã được duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="73"/>
        <source>The record of this meeting changed on another computer since you opened it. Read it again, then approve.</source>
        <translation>Nội dung cuộc họp đã được thay đổi trên máy khác từ khi bạn mở. Hãy xem lại rồi mới duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="81"/>
        <source>The meeting has not taken place yet.</source>
        <translation>Cuộc họp chưa diễn ra.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="86"/>
        <source>Record who attended before approving the minutes.</source>
        <translation>Hãy ghi nhận thành phần tham dự trước khi duyệt biên bản.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="91"/>
        <source>The minutes have no conclusions yet.</source>
        <translation>Biên bản chưa có kết luận.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="97"/>
        <source>Choose the chair and the secretary before approving the minutes.</source>
        <translation>Hãy chọn chủ trì và thư ký trước khi duyệt biên bản.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="140"/>
        <source>The minutes are not approved.</source>
        <translation>Biên bản chưa được duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/lifecycle.py" line="143"/>
        <source>Say why the approved minutes are reopened.</source>
        <translation>Hãy nêu lý do mở lại biên bản đã duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/services/documents/meeting_docs.py" line="42"/>
        <location filename="../../src/services/meetings/document_export.py" line="42"/>
        <location filename="../../src/services/meetings/numbering.py" line="42"/>
        <location filename="../../src/services/register.py" line="117"/>
        <source>Unknown document type.</source>
        <translation>Loại văn bản không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/document_export.py" line="38"/>
        <source>Save the document as a .docx or .pdf file, not {name}.</source>
        <translation>Hãy lưu văn bản thành tệp .docx hoặc .pdf, không phải {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/numbering.py" line="51"/>
        <source>The meeting has no conclusions to notify.</source>
        <translation>Cuộc họp chưa có kết luận để thông báo.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/numbering.py" line="55"/>
        <source>A conclusion notice cannot be dated before the meeting.</source>
        <translation>Thông báo kết luận không thể ghi ngày trước ngày họp.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/numbering.py" line="73"/>
        <source>An invitation must be dated before the meeting.</source>
        <translation>Giấy mời phải ghi ngày trước ngày họp.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="35"/>
        <location filename="../../src/services/meetings/agenda.py" line="83"/>
        <location filename="../../src/services/meetings/record.py" line="59"/>
        <location filename="../../src/ui/meetings/agenda_dialogs.py" line="110"/>
        <source>The agenda item no longer exists.</source>
        <translation>Nội dung chương trình họp không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="58"/>
        <source>Enter the agenda item.</source>
        <translation>Hãy nhập nội dung chương trình họp.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="64"/>
        <source>The planned duration must lie between 0 and 1440 minutes.</source>
        <translation>Thời lượng dự kiến phải từ 0 đến 1440 phút.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="148"/>
        <source>The file {name} is larger than {limit} MB.</source>
        <translation>Tệp {name} lớn hơn {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="171"/>
        <location filename="../../src/services/meetings/agenda.py" line="182"/>
        <source>The document no longer exists.</source>
        <translation>Tài liệu không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="200"/>
        <source>Agenda items can only be carried to a meeting of the same board.</source>
        <translation>Chỉ chuyển được nội dung sang cuộc họp của cùng một ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="206"/>
        <source>Unfinished items can only be carried to a later meeting.</source>
        <translation>Chỉ chuyển được nội dung chưa xong sang cuộc họp sau.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="260"/>
        <source>The meeting has no unfinished agenda items left to carry.</source>
        <translation>Cuộc họp không còn nội dung chưa xong để chuyển.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="31"/>
        <location filename="../../src/services/meetings/attendance.py" line="124"/>
        <location filename="../../src/services/meetings/attendance.py" line="177"/>
        <source>The participant is no longer on the list.</source>
        <translation>Đại biểu không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="46"/>
        <source>Unknown attendance.</source>
        <translation>Tình trạng tham dự không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="51"/>
        <source>Enter the name of the delegate who attends in this member&apos;s place.</source>
        <translation>Hãy nhập họ tên người dự thay thành viên này.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="59"/>
        <source>{name} is marked present; a delegate attends only for someone who is absent.</source>
        <translation>{name} đã được ghi là có mặt; chỉ cử người dự thay khi thành viên vắng mặt.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="67"/>
        <source>A delegate is recorded only with &quot;represented by a delegate&quot;.</source>
        <translation>Chỉ ghi người dự thay khi chọn &quot;Cử người dự thay&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="74"/>
        <source>Enter the reason for the absence.</source>
        <translation>Hãy nhập lý do vắng mặt.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="106"/>
        <location filename="../../src/services/meetings/attendance.py" line="131"/>
        <source>Enter the guest&apos;s name.</source>
        <translation>Hãy nhập họ tên khách mời.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="136"/>
        <location filename="../../src/services/meetings/attendance.py" line="187"/>
        <source>{name} chairs or keeps the minutes of this meeting and must be present; choose someone else for that role first.</source>
        <translation>{name} là chủ trì hoặc thư ký cuộc họp nên phải có mặt; hãy chọn người khác cho vai trò đó trước.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="181"/>
        <source>Record delegates and reasons one participant at a time.</source>
        <translation>Hãy ghi người dự thay và lý do vắng cho từng đại biểu.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="212"/>
        <source>{name} chairs or keeps the minutes of this meeting; choose someone else for that role first.</source>
        <translation>{name} là chủ trì hoặc thư ký cuộc họp; hãy chọn người khác cho vai trò đó trước.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="238"/>
        <source>The chair and the secretary must be two different people.</source>
        <translation>Chủ trì và thư ký phải là hai người khác nhau.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="252"/>
        <source>The chair must be a member or a guest of this meeting.</source>
        <translation>Chủ trì phải là thành viên hoặc khách mời của cuộc họp này.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="256"/>
        <source>The secretary must be a member or a guest of this meeting.</source>
        <translation>Thư ký phải là thành viên hoặc khách mời của cuộc họp này.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/attendance.py" line="263"/>
        <location filename="../../src/services/meetings/lifecycle.py" line="105"/>
        <source>{name} is not recorded as present and cannot chair or keep the minutes.</source>
        <translation>{name} không được ghi là có mặt nên không thể chủ trì hoặc làm thư ký.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/record.py" line="38"/>
        <source>Enter what was said.</source>
        <translation>Hãy nhập nội dung phát biểu.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/record.py" line="43"/>
        <source>The speaker is not a participant of this meeting.</source>
        <translation>Người phát biểu không phải đại biểu của cuộc họp này.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/record.py" line="53"/>
        <source>Enter who spoke.</source>
        <translation>Hãy nhập người phát biểu.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/record.py" line="71"/>
        <location filename="../../src/services/meetings/record.py" line="98"/>
        <source>The opinion no longer exists.</source>
        <translation>Ý kiến không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/conclusions.py" line="47"/>
        <source>Enter the conclusion.</source>
        <translation>Hãy nhập nội dung kết luận.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/conclusions.py" line="58"/>
        <location filename="../../src/services/meetings/conclusions.py" line="74"/>
        <location filename="../../src/services/meetings/conclusions.py" line="105"/>
        <location filename="../../src/services/meetings/conclusions.py" line="130"/>
        <source>The conclusion no longer exists.</source>
        <translation>Kết luận không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/conclusions.py" line="79"/>
        <source>Tasks were created from this conclusion; cancel them in the task tracker instead of deleting the conclusion.</source>
        <translation>Kết luận này đã giao nhiệm vụ; hãy hủy các nhiệm vụ trong phần theo dõi nhiệm vụ thay vì xóa kết luận.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/conclusions.py" line="134"/>
        <source>Add at least one task.</source>
        <translation>Hãy thêm ít nhất một nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/conclusions.py" line="148"/>
        <source>The deadline {deadline} is before the meeting ({day}).</source>
        <translation>Thời hạn {deadline} trước ngày họp ({day}).</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="54"/>
        <source>The plan&apos;s years must lie between {low} and {high}.</source>
        <translation>Năm của kế hoạch phải trong khoảng từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="61"/>
        <source>The plan&apos;s last year is before its first year.</source>
        <translation>Năm kết thúc của kế hoạch trước năm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="65"/>
        <source>Unknown plan status.</source>
        <translation>Trạng thái kế hoạch không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="68"/>
        <source>The plan is issued after its period ends.</source>
        <translation>Ngày ban hành kế hoạch sau khi thời kỳ của kế hoạch đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="83"/>
        <source>This board already has a plan numbered {code}.</source>
        <translation>Ban này đã có kế hoạch số {code}.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="130"/>
        <source>A plan cannot move to another board.</source>
        <translation>Không thể chuyển kế hoạch sang ban khác.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="151"/>
        <source>The plan still has tasks; delete or move them first.</source>
        <translation>Kế hoạch vẫn còn nhiệm vụ; hãy xóa hoặc chuyển các nhiệm vụ đó trước.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/editing.py" line="155"/>
        <source>A later plan was copied from this one; it cannot be deleted.</source>
        <translation>Đã có kế hoạch kỳ sau được sao chép từ kế hoạch này; không thể xóa.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/sections.py" line="42"/>
        <source>Enter the section&apos;s title.</source>
        <translation>Nhập tên mục.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/sections.py" line="50"/>
        <source>The parent section is not part of this plan.</source>
        <translation>Mục cấp trên không thuộc kế hoạch này.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/sections.py" line="67"/>
        <location filename="../../src/services/plans/sections.py" line="105"/>
        <location filename="../../src/ui/plans/plan_dialogs.py" line="263"/>
        <source>The section no longer exists.</source>
        <translation>Mục không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/sections.py" line="71"/>
        <source>A section cannot be placed inside itself.</source>
        <translation>Không thể đặt một mục vào bên trong chính nó.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/sections.py" line="113"/>
        <source>The section is not empty; move or delete its tasks and subsections first.</source>
        <translation>Mục vẫn còn nội dung; hãy chuyển hoặc xóa các nhiệm vụ và mục con của mục này trước.</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/copy_next_year.py" line="46"/>
        <source>This plan was already copied to the next year ({code}).</source>
        <translation>Kế hoạch này đã được sao chép sang năm sau ({code}).</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="62"/>
        <source>Cannot read &quot;{text}&quot;. Write the date as day/month, e.g. 01/12; separate several dates with &quot;;&quot;.</source>
        <translation>Không đọc được &quot;{text}&quot;. Hãy ghi ngày/tháng, ví dụ: 01/12; nếu có nhiều ngày thì ngăn cách bằng dấu &quot;;&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="71"/>
        <source>Cannot read &quot;{text}&quot;. Write two dates as day/month separated by &quot;;&quot;, e.g. 25/05; 20/11.</source>
        <translation>Không đọc được &quot;{text}&quot;. Hãy ghi hai ngày dạng ngày/tháng, ngăn cách bằng dấu &quot;;&quot;, ví dụ: 25/05; 20/11.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="80"/>
        <source>Cannot read &quot;{text}&quot;. Write day/month of the quarter (1 to 3), e.g. 15/3 for the 15th of the quarter&apos;s last month.</source>
        <translation>Không đọc được &quot;{text}&quot;. Hãy ghi ngày/tháng trong quý (tháng 1 đến 3), ví dụ: 15/3 là ngày 15 của tháng cuối quý.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="88"/>
        <source>Cannot read &quot;{text}&quot;. Write the day of the month (1 to 31), e.g. 25.</source>
        <translation>Không đọc được &quot;{text}&quot;. Hãy ghi ngày trong tháng (từ 1 đến 31), ví dụ: 25.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="98"/>
        <source>&quot;{point}&quot; is not a date: a day is between 1 and 31.</source>
        <translation>&quot;{point}&quot; không phải là ngày hợp lệ: ngày phải từ 1 đến 31.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="111"/>
        <source>&quot;{point}&quot; is not a date: a month is between 1 and 12.</source>
        <translation>&quot;{point}&quot; không phải là ngày hợp lệ: tháng phải từ 1 đến 12.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="116"/>
        <source>29/02 does not occur every year. Choose 28/02 or 01/03.</source>
        <translation>Không phải năm nào cũng có ngày 29/02. Hãy chọn 28/02 hoặc 01/03.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="120"/>
        <source>&quot;{point}&quot; never occurs: month {month} has at most {days} days.</source>
        <translation>Không có ngày &quot;{point}&quot;: tháng {month} có nhiều nhất {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="134"/>
        <source>Unknown kind of recurrence: {kind}.</source>
        <translation>Kiểu lặp lại không hợp lệ: {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="138"/>
        <source>Enter when the deadline recurs.</source>
        <translation>Hãy nhập ngày đến hạn lặp lại.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="143"/>
        <source>A monthly deadline has one day of the month, e.g. 25.</source>
        <translation>Thời hạn hằng tháng chỉ có một ngày trong tháng, ví dụ: 25.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="154"/>
        <source>A quarterly deadline has one date: day/month of the quarter, e.g. 15/3.</source>
        <translation>Thời hạn hằng quý chỉ có một ngày, ghi ngày/tháng trong quý, ví dụ: 15/3.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="166"/>
        <source>In &quot;{point}&quot; the month is counted inside the quarter: 1, 2 or 3.</source>
        <translation>Trong &quot;{point}&quot;, tháng được tính trong quý: 1, 2 hoặc 3.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="176"/>
        <source>The same date is entered twice.</source>
        <translation>Có ngày bị nhập hai lần.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="180"/>
        <source>A half-yearly deadline has exactly two dates, e.g. 25/05; 20/11.</source>
        <translation>Thời hạn 6 tháng có đúng hai ngày, ví dụ: 25/05; 20/11.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="186"/>
        <source>A half-yearly deadline needs one date in January to June and one in July to December.</source>
        <translation>Thời hạn 6 tháng cần một ngày trong khoảng tháng 1 đến tháng 6 và một ngày trong khoảng tháng 7 đến tháng 12.</translation>
    </message>
    <message>
        <location filename="../../src/rules/recurrence.py" line="194"/>
        <source>A yearly deadline has at most {count} dates.</source>
        <translation>Thời hạn hằng năm có nhiều nhất {count} ngày.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="98"/>
        <source>The list has {count} tasks; a worksheet holds at most {limit} rows. Narrow the filter (a board, a period, an agency) and export again.</source>
        <translation>Danh sách có {count} nhiệm vụ; một trang tính chứa tối đa {limit} dòng. Hãy thu hẹp điều kiện lọc (theo Ban, thời gian, cơ quan) rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="198"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất danh sách; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/attachments.py" line="43"/>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Không đọc được tệp {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/attachments.py" line="63"/>
        <source>The file {name} is {size} MB; attachments may be at most {limit} MB.</source>
        <translation>Tệp {name} có dung lượng {size} MB; tệp đính kèm tối đa {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/access.py" line="56"/>
        <source>Only the secretariat of this board may create or change its tasks.</source>
        <translation>Chỉ Tổ thư ký của Ban này mới được tạo hoặc sửa nhiệm vụ của Ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/access.py" line="70"/>
        <source>You may not view this task.</source>
        <translation>Tài khoản của bạn không được xem nhiệm vụ này.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/access.py" line="25"/>
        <source>The task no longer exists.</source>
        <translation>Nhiệm vụ không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="33"/>
        <source>The chosen agency no longer exists.</source>
        <translation>Cơ quan đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="53"/>
        <source>Enter the task&apos;s title.</source>
        <translation>Hãy nhập tên nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="66"/>
        <source>Choose the lead agency (chủ trì): every task has exactly one.</source>
        <translation>Hãy chọn cơ quan chủ trì: mỗi nhiệm vụ có đúng một cơ quan chủ trì.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="74"/>
        <source>The lead agency cannot also be listed as a co-operating agency.</source>
        <translation>Cơ quan chủ trì không thể đồng thời là cơ quan phối hợp.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="83"/>
        <source>The chosen sector no longer exists.</source>
        <translation>Lĩnh vực đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="89"/>
        <source>The plan does not belong to the task&apos;s board.</source>
        <translation>Kế hoạch không thuộc Ban của nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="96"/>
        <source>The section does not belong to the task&apos;s plan.</source>
        <translation>Mục không thuộc kế hoạch của nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="101"/>
        <source>Unknown source of the task.</source>
        <translation>Nguồn giao nhiệm vụ không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="105"/>
        <source>Enter the number of the document the task comes from.</source>
        <translation>Hãy nhập số, ký hiệu văn bản giao nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="110"/>
        <source>The target cannot be negative.</source>
        <translation>Chỉ tiêu không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="115"/>
        <source>Unknown kind of deadline.</source>
        <translation>Loại thời hạn không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="120"/>
        <source>Enter the deadline, or choose &quot;no deadline&quot;.</source>
        <translation>Hãy nhập thời hạn, hoặc chọn &quot;không có thời hạn&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="127"/>
        <source>A relative deadline needs a start date and a number of working days (at least 1).</source>
        <translation>Thời hạn tính theo ngày làm việc cần có ngày bắt đầu và số ngày làm việc (ít nhất 1).</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="136"/>
        <source>At most 365 working days.</source>
        <translation>Tối đa 365 ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="145"/>
        <source>Enter the deadline.</source>
        <translation>Hãy nhập thời hạn.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/validation.py" line="156"/>
        <source>The deadline {deadline} is before the assigned date {assigned}.</source>
        <translation>Thời hạn {deadline} sớm hơn ngày giao {assigned}.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/series.py" line="28"/>
        <source>The recurrence has no due date between {start} and {end}.</source>
        <translation>Lịch lặp lại không có kỳ hạn nào trong khoảng từ {start} đến {end}.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/editing.py" line="161"/>
        <source>A recurring deadline is chosen when the task is created; enter a fixed date here.</source>
        <translation>Thời hạn định kỳ chỉ chọn khi tạo nhiệm vụ; ở đây hãy nhập một ngày cụ thể.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/editing.py" line="177"/>
        <source>The assigned date cannot be after the completion date.</source>
        <translation>Ngày giao không được sau ngày hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/editing.py" line="206"/>
        <source>This task was carried over to a later plan; delete that one first.</source>
        <translation>Nhiệm vụ này đã được chuyển tiếp sang kế hoạch sau; hãy xóa nhiệm vụ ở kế hoạch đó trước.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/editing.py" line="214"/>
        <source>The task has a progress history; cancel it instead of deleting it.</source>
        <translation>Nhiệm vụ đã có lịch sử cập nhật tiến độ; hãy hủy nhiệm vụ thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="70"/>
        <source>Only the lead agency may change this task&apos;s status or progress; a co-operating agency adds updates.</source>
        <translation>Chỉ cơ quan chủ trì được thay đổi trạng thái hoặc tiến độ của nhiệm vụ; cơ quan phối hợp chỉ thêm cập nhật.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="77"/>
        <source>Your agency neither leads nor co-operates on this task.</source>
        <translation>Cơ quan của bạn không chủ trì cũng không phối hợp thực hiện nhiệm vụ này.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="107"/>
        <source>An update cannot be dated in the future.</source>
        <translation>Ngày cập nhật không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="112"/>
        <source>The percentage must be between 0 and 100.</source>
        <translation>Tỷ lệ phần trăm phải từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="117"/>
        <source>The achieved value cannot be negative.</source>
        <translation>Kết quả đạt được không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="122"/>
        <source>Unknown task status.</source>
        <translation>Trạng thái nhiệm vụ không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="125"/>
        <source>This task was carried over to a later plan; update it there.</source>
        <translation>Nhiệm vụ này đã được chuyển tiếp sang kế hoạch sau; hãy cập nhật ở kế hoạch đó.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="137"/>
        <source>Write what was done, or change the status or progress.</source>
        <translation>Hãy ghi kết quả đã thực hiện, hoặc thay đổi trạng thái, tiến độ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="142"/>
        <source>Only the board&apos;s secretariat may cancel or suspend a task.</source>
        <translation>Chỉ Tổ thư ký của Ban mới được hủy hoặc tạm dừng nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="148"/>
        <source>Say why the task is cancelled or suspended.</source>
        <translation>Hãy nêu lý do hủy hoặc tạm dừng nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="165"/>
        <source>Enter the date the task was completed.</source>
        <translation>Hãy nhập ngày hoàn thành nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="170"/>
        <source>The completion date cannot be in the future.</source>
        <translation>Ngày hoàn thành không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/progress.py" line="175"/>
        <source>The completion date is before the task was assigned.</source>
        <translation>Ngày hoàn thành sớm hơn ngày giao nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/agenda.py" line="144"/>
        <location filename="../../src/services/tasks/attachments.py" line="57"/>
        <source>The file has no name.</source>
        <translation>Tệp không có tên.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/extensions.py" line="43"/>
        <source>Only an unfinished task can be given more time.</source>
        <translation>Chỉ gia hạn được cho nhiệm vụ chưa hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/extensions.py" line="48"/>
        <source>A task without a deadline cannot be extended; set a deadline instead.</source>
        <translation>Nhiệm vụ không có thời hạn thì không gia hạn được; hãy đặt thời hạn.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/extensions.py" line="56"/>
        <source>The new deadline must be later than the current one ({current}).</source>
        <translation>Thời hạn mới phải sau thời hạn hiện tại ({current}).</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/extensions.py" line="64"/>
        <source>Give the reason for the extension.</source>
        <translation>Hãy nêu lý do gia hạn.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/extensions.py" line="68"/>
        <source>Say who approved the extension.</source>
        <translation>Hãy ghi người đồng ý gia hạn.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/extensions.py" line="72"/>
        <source>The approval date cannot be in the future.</source>
        <translation>Ngày đồng ý gia hạn không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/attachments.py" line="83"/>
        <source>The attachment no longer exists.</source>
        <translation>Tệp đính kèm không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="112"/>
        <source>Unknown kind of calendar day: {kind}.</source>
        <translation>Loại ngày trong lịch làm việc không hợp lệ: {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="117"/>
        <source>Enter the date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="120"/>
        <source>Choose a date between {first} and {last}.</source>
        <translation>Hãy chọn ngày trong khoảng từ {first} đến {last}.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="131"/>
        <source>{day} is already in the working calendar. Edit that entry instead.</source>
        <translation>Ngày {day} đã có trong lịch làm việc. Hãy sửa mục đã có.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="141"/>
        <source>{day} is already a public holiday ({name}); it needs no extra day off.</source>
        <translation>Ngày {day} đã là ngày nghỉ lễ ({name}), không cần thêm ngày nghỉ.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="150"/>
        <source>{day} is a Saturday or Sunday, already a day off; it needs no extra day off.</source>
        <translation>Ngày {day} là thứ Bảy hoặc Chủ nhật, đã là ngày nghỉ hằng tuần, không cần thêm ngày nghỉ.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="159"/>
        <source>{day} is already a working day. A make-up working day must fall on a Saturday, a Sunday or a public holiday.</source>
        <translation>Ngày {day} đã là ngày làm việc. Ngày làm bù phải là thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ, Tết.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="189"/>
        <location filename="../../src/services/workdays.py" line="207"/>
        <source>The calendar entry no longer exists.</source>
        <translation>Mục này không còn trong lịch làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/services/workdays.py" line="219"/>
        <source>The due-soon window must be between {low} and {high} days.</source>
        <translation>Số ngày để coi là sắp đến hạn phải từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="73"/>
        <source>{url} is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>{url} không phải là địa chỉ PostgreSQL: hãy viết postgresql://NGƯỜIDÙNG@MÁYCHỦ:CỔNG/TÊNCSDL.</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="80"/>
        <source>The URL contains a password; a command line is kept in the shell history. Leave the password out: it is read from PGPASSWORD or asked for.</source>
        <translation>Địa chỉ có chứa mật khẩu; dòng lệnh được lưu lại trong lịch sử của shell. Hãy bỏ mật khẩu ra: mật khẩu được đọc từ PGPASSWORD hoặc được hỏi.</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="88"/>
        <source>{url} names no database: write postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>{url} không nêu tên cơ sở dữ liệu: hãy viết postgresql://NGƯỜIDÙNG@MÁYCHỦ:CỔNG/TÊNCSDL.</translation>
    </message>
    <message>
        <location filename="../../src/cli/server.py" line="107"/>
        <source>{path} is already initialised; use coordboard db upgrade.</source>
        <translation>{path} đã được khởi tạo; hãy dùng coordboard db upgrade.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="83"/>
        <source>Give the connection a name.</source>
        <translation>Hãy đặt tên cho kết nối.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="86"/>
        <source>Choose the database file.</source>
        <translation>Hãy chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="89"/>
        <source>Unknown kind of connection.</source>
        <translation>Loại kết nối không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="91"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="93"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Cổng phải nằm trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="95"/>
        <source>Enter the database name.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="97"/>
        <source>Enter the database user.</source>
        <translation>Hãy nhập tài khoản cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="100"/>
        <source>Unknown SSL mode {mode}.</source>
        <translation>Chế độ SSL {mode} không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="113"/>
        <source>This is not a database address: {url}</source>
        <translation>Đây không phải địa chỉ cơ sở dữ liệu: {url}</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="117"/>
        <source>Remove the password from the address: it is kept in the system&apos;s keyring, never in settings or on the command line.</source>
        <translation>Hãy bỏ mật khẩu khỏi địa chỉ: mật khẩu được lưu trong kho khóa của hệ điều hành, không bao giờ lưu trong thiết lập hay trên dòng lệnh.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="128"/>
        <source>Only SQLite files and PostgreSQL servers are supported.</source>
        <translation>Chỉ hỗ trợ tệp SQLite và máy chủ PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="186"/>
        <source>The connection settings file {path} is damaged: {detail}</source>
        <translation>Tệp thiết lập kết nối {path} bị hỏng: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/profiles.py" line="208"/>
        <source>A connection named {name} already exists.</source>
        <translation>Đã có kết nối mang tên {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="142"/>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="149"/>
        <source>{path} is empty: there is nothing to copy.</source>
        <translation>{path} trống: không có gì để sao chép.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="173"/>
        <source>The target must be a PostgreSQL database URL, such as postgresql://user@server/database.</source>
        <translation>Nơi nhận phải là địa chỉ URL của một cơ sở dữ liệu PostgreSQL, ví dụ postgresql://user@server/database.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="182"/>
        <source>The target URL contains a password. Leave it out of the URL: set the PGPASSWORD environment variable or type the password when asked.</source>
        <translation>Địa chỉ URL nơi nhận có chứa mật khẩu. Hãy bỏ mật khẩu khỏi URL: đặt biến môi trường PGPASSWORD hoặc nhập mật khẩu khi được hỏi.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="191"/>
        <source>The target URL names no database: add /database at its end.</source>
        <translation>Địa chỉ URL nơi nhận không ghi tên cơ sở dữ liệu: thêm /tên-cơ-sở-dữ-liệu vào cuối.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="210"/>
        <source>The server {path} asks for a password: set the PGPASSWORD environment variable or type the password when asked.</source>
        <translation>Máy chủ {path} yêu cầu mật khẩu: đặt biến môi trường PGPASSWORD hoặc nhập mật khẩu khi được hỏi.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="225"/>
        <location filename="../../src/services/db_copy.py" line="294"/>
        <source>{path} is not empty: copy only into a new, empty PostgreSQL database.</source>
        <translation>{path} không trống: chỉ sao chép vào một cơ sở dữ liệu PostgreSQL mới, còn trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="309"/>
        <source>The copy of table {table} has {copied} rows but the source has {rows}; nothing was written.</source>
        <translation>Bản sao của bảng {table} có {copied} dòng nhưng nguồn có {rows} dòng; chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../src/services/db_copy.py" line="320"/>
        <source>The copy of table {table} differs from the source (checksum); nothing was written.</source>
        <translation>Bản sao của bảng {table} khác với nguồn (mã kiểm tra); chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../src/rules/report_period.py" line="70"/>
        <source>Unrecognised period &quot;{text}&quot;: write 2026-H1, 2026-H2, 2026 or FROM:TO, e.g. 01/01/2026:30/06/2026.</source>
        <translation>Không hiểu kỳ báo cáo &quot;{text}&quot;: hãy viết 2026-H1, 2026-H2, 2026 hoặc TỪ:ĐẾN, ví dụ 01/01/2026:30/06/2026.</translation>
    </message>
    <message>
        <location filename="../../src/rules/report_period.py" line="83"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Kỳ báo cáo kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/rules/report_period.py" line="132"/>
        <source>Unrecognised period &quot;{text}&quot;: the year must lie between {low} and {high}.</source>
        <translation>Không hiểu kỳ báo cáo &quot;{text}&quot;: năm phải nằm trong khoảng {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../src/rules/report_period.py" line="158"/>
        <source>Unrecognised date &quot;{text}&quot;: write dd/mm/yyyy, e.g. 30/06/2026.</source>
        <translation>Không hiểu ngày &quot;{text}&quot;: hãy viết theo dạng ngày/tháng/năm, ví dụ 30/06/2026.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/data.py" line="60"/>
        <source>The as-of date {as_of} is before the period starts ({start}).</source>
        <translation>Ngày chốt số liệu {as_of} trước ngày bắt đầu kỳ báo cáo ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/data.py" line="162"/>
        <source>The plan does not belong to this board.</source>
        <translation>Kế hoạch không thuộc Ban này.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/data.py" line="170"/>
        <source>The as-of date {as_of} is before the plan starts ({start}).</source>
        <translation>Ngày chốt số liệu {as_of} trước ngày bắt đầu thực hiện kế hoạch ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/export.py" line="66"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Đã hủy việc ghi báo cáo; không tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/export.py" line="75"/>
        <source>The report can be written as .docx, .pdf or .xlsx, not &quot;{name}&quot;.</source>
        <translation>Báo cáo chỉ ghi được ra tệp .docx, .pdf hoặc .xlsx, không ghi được ra &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/document_export.py" line="45"/>
        <location filename="../../src/services/reports/export.py" line="83"/>
        <source>Writing a PDF needs the printing part of the application.</source>
        <translation>Muốn ghi tệp PDF cần phần in ấn của ứng dụng.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/export.py" line="131"/>
        <source>The folder {path} does not exist.</source>
        <translation>Thư mục {path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/reminders/letters.py" line="58"/>
        <source>The reply-by date {reply_by} must be after {as_of}.</source>
        <translation>Hạn báo cáo {reply_by} phải sau ngày {as_of}.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/reminders/letters.py" line="70"/>
        <source>Only the secretariat of this board may issue its letters; a draft without a number can still be written.</source>
        <translation>Chỉ Tổ thư ký của Ban mới được ban hành công văn của Ban; vẫn có thể ghi bản dự thảo chưa lấy số.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/reminders/letters.py" line="141"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/reminders/letters.py" line="147"/>
        <source>Cannot create the folder {path}: the folder above it does not exist.</source>
        <translation>Không tạo được thư mục {path}: thư mục chứa nó không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/reminders/letters.py" line="166"/>
        <source>{agency} has no overdue or due-soon task on this board; no letter was written.</source>
        <translation>{agency} không có nhiệm vụ quá hạn hoặc sắp đến hạn của Ban này; chưa ghi công văn nào.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/reminders/letters.py" line="181"/>
        <source>Writing the letters was cancelled; no file was written and no number was taken.</source>
        <translation>Đã hủy việc ghi công văn; không tệp nào được ghi và không lấy số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../src/services/reports/export.py" line="141"/>
        <location filename="../../src/services/reports/reminders/staging.py" line="69"/>
        <source>Cannot write in the folder {path}: {detail}</source>
        <translation>Không ghi được vào thư mục {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/ui/meetings/agenda_tab.py" line="278"/>
        <source>Cannot read {path}: {detail}</source>
        <translation>Không đọc được {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/ui/printing/pages.py" line="231"/>
        <source>The printer or the output file could not be opened.</source>
        <translation>Không mở được máy in hoặc tệp đầu ra.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../src/services/members/export.py" line="18"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="19"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="20"/>
        <source>Honorific</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="21"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="22"/>
        <source>Agency represented</source>
        <translation>Cơ quan đại diện</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="23"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="24"/>
        <source>Role in the board</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="25"/>
        <source>Duty in the board</source>
        <translation>Nhiệm vụ trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="26"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="27"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="28"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="29"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="30"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="31"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="63"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/services/members/export.py" line="68"/>
        <source>Exported on {date}</source>
        <translation>Xuất ngày {date}</translation>
    </message>
</context>
<context>
    <name>meeting_kind</name>
    <message>
        <location filename="../../src/services/meetings/types.py" line="18"/>
        <source>Regular meeting</source>
        <translation>Họp thường kỳ</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="19"/>
        <source>6-month review</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="20"/>
        <source>Annual review</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="21"/>
        <source>Ad hoc meeting</source>
        <translation>Họp đột xuất</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="22"/>
        <source>Thematic meeting</source>
        <translation>Họp chuyên đề</translation>
    </message>
</context>
<context>
    <name>meeting_mode</name>
    <message>
        <location filename="../../src/services/meetings/types.py" line="25"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="26"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="27"/>
        <source>In person and online</source>
        <translation>Trực tiếp kết hợp trực tuyến</translation>
    </message>
</context>
<context>
    <name>meeting_role</name>
    <message>
        <location filename="../../src/services/meetings/types.py" line="43"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="44"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
</context>
<context>
    <name>meeting_status</name>
    <message>
        <location filename="../../src/services/meetings/types.py" line="30"/>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="31"/>
        <source>Held</source>
        <translation>Đã họp</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="32"/>
        <source>Minutes drafted</source>
        <translation>Đã dự thảo biên bản</translation>
    </message>
    <message>
        <location filename="../../src/services/meetings/types.py" line="33"/>
        <source>Minutes approved</source>
        <translation>Biên bản đã duyệt</translation>
    </message>
</context>
<context>
    <name>plan_status</name>
    <message>
        <location filename="../../src/services/plans/types.py" line="14"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/types.py" line="15"/>
        <source>In force</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/services/plans/types.py" line="16"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../src/services/actor.py" line="12"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../src/services/actor.py" line="13"/>
        <source>Secretariat</source>
        <translation>Tổ thư ký</translation>
    </message>
    <message>
        <location filename="../../src/services/actor.py" line="14"/>
        <source>Agency focal point</source>
        <translation>Đầu mối cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/services/actor.py" line="15"/>
        <source>Viewer</source>
        <translation>Chỉ xem</translation>
    </message>
</context>
<context>
    <name>status_class</name>
    <message>
        <location filename="../../src/rules/status.py" line="56"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="57"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="58"/>
        <source>In progress within deadline</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="59"/>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="60"/>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="61"/>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="62"/>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="63"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../src/rules/status.py" line="64"/>
        <source>Carried over</source>
        <translation>Đã chuyển tiếp</translation>
    </message>
</context>
<context>
    <name>task_exports</name>
    <message>
        <location filename="../../src/services/tasks/export.py" line="33"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="34"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="35"/>
        <source>Status class</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="36"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="37"/>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="38"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="39"/>
        <source>Co-operating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="40"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="41"/>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="42"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="43"/>
        <source>Assigned on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="44"/>
        <source>Deadline as assigned</source>
        <translation>Hạn giao ban đầu</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="45"/>
        <source>Deadline in force</source>
        <translation>Hạn hoàn thành (sau gia hạn)</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="46"/>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="47"/>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="111"/>
        <location filename="../../src/services/tasks/export.py" line="116"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/export.py" line="123"/>
        <source>Status as of {date}; exported on {today}; {count} tasks</source>
        <translation>Tình trạng tính đến ngày {date}; xuất ngày {today}; {count} nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>task_source</name>
    <message>
        <location filename="../../src/services/tasks/types.py" line="27"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="28"/>
        <source>Meeting conclusion</source>
        <translation>Kết luận cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="29"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
</context>
<context>
    <name>task_status</name>
    <message>
        <location filename="../../src/services/tasks/types.py" line="17"/>
        <source>Not started</source>
        <translation>Chưa triển khai</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="18"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="19"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="20"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="21"/>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../src/services/tasks/types.py" line="22"/>
        <source>Carried over</source>
        <translation>Đã chuyển tiếp</translation>
    </message>
</context>
</TS>
