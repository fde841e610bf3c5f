<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="29" />
        <source>Edit agency</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="29" />
        <source>New agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="32" />
        <source>e.g. XPH-CA</source>
        <translation>ví dụ: XPH-CA</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="34" />
        <source>e.g. Công an xã Phước Hậu</source>
        <translation>ví dụ: Công an xã Phước Hậu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="36" />
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="38" />
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="40" />
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="42" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="42" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="43" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="44" />
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="44" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="17" />
        <source>Edit board</source>
        <translation>Sửa thông tin ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="17" />
        <source>New board</source>
        <translation>Thêm ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="25" />
        <source>e.g. tỉnh Vĩnh Long, xã Phước Hậu</source>
        <translation>ví dụ: tỉnh Vĩnh Long, xã Phước Hậu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="26" />
        <source>(none — top-level board)</source>
        <translation>(không — ban cấp cao nhất)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="29" />
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="32" />
        <source>e.g. 1835/QĐ-UBND</source>
        <translation>ví dụ: 1835/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="34" />
        <source>The board is active</source>
        <translation>Ban đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="40" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="41" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="42" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="43" />
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="44" />
        <source>Parent board</source>
        <translation>Ban cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="45" />
        <source>Standing agency</source>
        <translation>Cơ quan thường trực</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="46" />
        <source>Establishing decision No.</source>
        <translation>Số quyết định thành lập</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="47" />
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/board_dialog.py" line="49" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="33" />
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="33" />
        <location filename="../../src/ui/pages/boards_page.py" line="60" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="33" />
        <location filename="../../src/ui/pages/boards_page.py" line="64" />
        <source>Members today</source>
        <translation>Thành viên hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="47" />
        <source>New board</source>
        <translation>Thêm ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="48" />
        <source>New child board</source>
        <translation>Thêm ban trực thuộc</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="49" />
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="50" />
        <source>Show members</source>
        <translation>Xem thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="56" />
        <source>Details</source>
        <translation>Thông tin chi tiết</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="59" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="59" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="60" />
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="61" />
        <source>Parent board</source>
        <translation>Ban cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="62" />
        <source>Standing agency</source>
        <translation>Cơ quan thường trực</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="63" />
        <source>Establishing decision</source>
        <translation>Quyết định thành lập</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="65" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="65" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="147" />
        <source>dated {date}</source>
        <translation>ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="151" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/boards_page.py" line="151" />
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="87" />
        <source>End membership</source>
        <translation>Thôi làm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="91" />
        <source>e.g. moved to another post, retired</source>
        <translation>ví dụ: chuyển công tác, nghỉ hưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="93" />
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="94" />
        <source>Last day on the board</source>
        <translation>Ngày cuối cùng là thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="95" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="69" />
        <source>Create the administrator — coordboard</source>
        <translation>Tạo tài khoản quản trị — coordboard</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="71" />
        <source>This database has no accounts yet. Create the administrator account; the administrator then adds the other users.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản nào. Hãy tạo tài khoản quản trị; sau đó người quản trị sẽ thêm các người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="82" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="83" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="84" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="85" />
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="87" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="88" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="99" />
        <source>The passwords do not match.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/form_dialog.py" line="27" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/form_dialog.py" line="28" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="21" />
        <source>Sign in — coordboard</source>
        <translation>Đăng nhập — coordboard</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="33" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="34" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="35" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="37" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/login_dialog.py" line="38" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ui/main_window.py" line="26" />
        <source>coordboard — Coordination boards for child protection</source>
        <translation>coordboard — Tổ chức phối hợp liên ngành về bảo vệ trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="28" />
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="28" />
        <source>Boards</source>
        <translation>Ban chỉ đạo, điều hành</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="29" />
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="29" />
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="30" />
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="30" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="30" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="31" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="68" />
        <source>Signed in: {who} ({role})</source>
        <translation>Người dùng: {who} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="84" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="85" />
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="86" />
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="87" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="89" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="90" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="91" />
        <location filename="../../src/ui/main_window.py" line="132" />
        <source>About coordboard</source>
        <translation>Giới thiệu coordboard</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.py" line="133" />
        <source>coordboard {version}
Coordination boards for child protection: members, meetings, plans and tasks.</source>
        <translation>coordboard {version}
Phần mềm cho tổ chức phối hợp liên ngành về bảo vệ trẻ em: thành viên, cuộc họp, kế hoạch và nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="39" />
        <location filename="../../src/ui/pages/members_page.py" line="249" />
        <source>All boards</source>
        <translation>Tất cả các ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="41" />
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="42" />
        <source>All sectors</source>
        <translation>Tất cả các ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="43" />
        <source>All roles</source>
        <translation>Tất cả vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="45" />
        <source>Include past members</source>
        <translation>Cả thành viên cũ</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="50" />
        <source>Search names or agencies (accents optional)</source>
        <translation>Tìm theo tên người hoặc cơ quan (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="81" />
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="82" />
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="83" />
        <source>End membership</source>
        <translation>Thôi làm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="84" />
        <source>Re-staff seat</source>
        <translation>Kiện toàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="85" />
        <source>Seat history</source>
        <translation>Lịch sử vị trí</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="86" />
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="95" />
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="97" />
        <source>On</source>
        <translation>Tại ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="100" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="102" />
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="104" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="106" />
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/pages/members_page.py" line="173" />
        <source>%n member(s)</source>
        <translation><numerusform>%n thành viên</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="197" />
        <source>Choose a board first</source>
        <translation>Hãy chọn một ban trước</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="251" />
        <source>members-{date}.xlsx</source>
        <translation>thanh-vien-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="252" />
        <source>Export the member list</source>
        <translation>Xuất danh sách thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="253" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="261" />
        <source>Members of {board}</source>
        <translation>Danh sách thành viên {board}</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="261" />
        <source>all boards</source>
        <translation>tất cả các ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="263" />
        <source>on {date}</source>
        <translation>tại ngày {date}</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="270" />
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/members_page.py" line="271" />
        <source>The list was saved to {path}.</source>
        <translation>Đã lưu danh sách vào {path}.</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="24" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="24" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="24" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="25" />
        <source>Role in the board</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="25" />
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="25" />
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="26" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="26" />
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="26" />
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="26" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/ui/models/members_table_model.py" line="27" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="22" />
        <source>Edit membership</source>
        <translation>Sửa thông tin thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="22" />
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="27" />
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="34" />
        <source>(the person's own agency)</source>
        <translation>(cơ quan công tác của người đó)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="40" />
        <source>e.g. 1835/QĐ-UBND</source>
        <translation>ví dụ: 1835/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="42" />
        <source>Seat on {board}</source>
        <translation>Vị trí trong {board}</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="44" />
        <source>Role in the board</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="45" />
        <source>Agency represented</source>
        <translation>Cơ quan đại diện</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="46" />
        <source>Duty in the board</source>
        <translation>Nhiệm vụ trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="47" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="48" />
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="49" />
        <source>Appointing decision No.</source>
        <translation>Số quyết định bổ nhiệm</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="50" />
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="21" />
        <source>Someone already on file</source>
        <translation>Người đã có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="22" />
        <source>A new person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="24" />
        <source>Type part of the name (accents optional)</source>
        <translation>Gõ một phần họ tên (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="26" />
        <source>(choose a person)</source>
        <translation>(chọn người)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="35" />
        <source>e.g. Phó Giám đốc Sở Y tế</source>
        <translation>ví dụ: Phó Giám đốc Sở Y tế</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="36" />
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="44" />
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="45" />
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="49" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="50" />
        <source>Honorific</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="51" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="52" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="53" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/person_fields.py" line="54" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/ui/pages/placeholder_page.py" line="14" />
        <source>This part of coordboard is not built yet. It will come in a later version; nothing here is lost or hidden.</source>
        <translation>Chức năng này chưa được xây dựng và sẽ có trong phiên bản sau; không có dữ liệu nào bị mất hay bị ẩn.</translation>
    </message>
</context>
<context>
    <name>RestaffDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="109" />
        <source>Re-staff a seat</source>
        <translation>Kiện toàn thành viên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="111" />
        <source>{name} ({role}, {agency}) leaves the seat the day before the successor starts. The history of the seat is kept.</source>
        <translation>{name} ({role}, {agency}) thôi giữ vị trí từ ngày trước ngày người thay thế bắt đầu. Lịch sử của vị trí được lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="117" />
        <source>Successor</source>
        <translation>Người thay thế</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="121" />
        <source>e.g. 412/QĐ-UBND</source>
        <translation>ví dụ: 412/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="125" />
        <source>Successor starts on</source>
        <translation>Người thay thế bắt đầu từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="126" />
        <source>Re-staffing decision No.</source>
        <translation>Số quyết định kiện toàn</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="127" />
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="128" />
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
</context>
<context>
    <name>SeatHistoryDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="147" />
        <source>History of the seat</source>
        <translation>Lịch sử vị trí</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/membership_dialogs.py" line="155" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SectorDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="68" />
        <source>Edit sector</source>
        <translation>Sửa ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="68" />
        <source>New sector</source>
        <translation>Thêm ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="75" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="76" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="77" />
        <source>Order in reports</source>
        <translation>Thứ tự trong báo cáo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="77" />
        <location filename="../../src/ui/pages/settings_page.py" line="84" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="77" />
        <location filename="../../src/ui/pages/settings_page.py" line="84" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="78" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="78" />
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="79" />
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="79" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="79" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="81" />
        <source>Agencies that send members to boards. Agencies no longer in use stay in the history; untick 'In use' instead of deleting them.</source>
        <translation>Các cơ quan cử thành viên tham gia các ban. Cơ quan không còn hoạt động vẫn được giữ trong lịch sử; hãy bỏ chọn 'Đang sử dụng' thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="87" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="87" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="88" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="89" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="90" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="90" />
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="90" />
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="92" />
        <source>Only an administrator manages accounts.</source>
        <translation>Chỉ người quản trị được quản lý tài khoản.</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="105" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="108" />
        <location filename="../../src/ui/pages/settings_page.py" line="118" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="109" />
        <source>Schema</source>
        <translation>Phiên bản cấu trúc</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="111" />
        <source>Backups</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="115" />
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="116" />
        <source>Sectors</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="117" />
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="164" />
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="164" />
        <source>Backup written to {path}.</source>
        <translation>Đã sao lưu vào {path}.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="97" />
        <source>Edit account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="97" />
        <source>New account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="105" />
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="117" />
        <source>The account may sign in</source>
        <translation>Tài khoản được phép đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="119" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="120" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="121" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="122" />
        <source>Agency (focal points)</source>
        <translation>Cơ quan (đối với đầu mối)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="123" />
        <source>Boards (secretariat, viewers)</source>
        <translation>Các ban (đối với tổ thư ký, người xem)</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="124" />
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="124" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/ui/dialogs/settings_dialogs.py" line="135" />
        <source>leave empty to keep the current password</source>
        <translation>để trống nếu giữ mật khẩu hiện tại</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="42" />
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../src/ui/pages/settings_page.py" line="43" />
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/app.py" line="67" />
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/cli.py" line="37" />
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="38" />
        <source>positional arguments</source>
        <translation>tham số bắt buộc theo vị trí</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="39" />
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="40" />
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="41" />
        <location filename="../../src/cli.py" line="62" />
        <source>show program's version number and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="42" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="43" />
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="44" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="45" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="46" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="47" />
        <source>unrecognized arguments: %s</source>
        <translation>tham số không nhận ra: %s</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="48" />
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="49" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/cli.py" line="59" />
        <source>Coordination boards for child protection: members, meetings, plans, tasks.</source>
        <translation>Tổ chức phối hợp liên ngành về bảo vệ trẻ em: thành viên, cuộc họp, kế hoạch, nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="63" />
        <source>database file or PostgreSQL URL (default: coordboard.sqlite in the user data folder)</source>
        <translation>tệp cơ sở dữ liệu hoặc địa chỉ PostgreSQL (mặc định: coordboard.sqlite trong thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="65" />
        <source>interface language (default: vi)</source>
        <translation>ngôn ngữ giao diện (mặc định: vi)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="71" />
        <source>database file or PostgreSQL URL</source>
        <translation>tệp cơ sở dữ liệu hoặc địa chỉ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="73" />
        <source>create a database filled with fictional demo data</source>
        <translation>tạo cơ sở dữ liệu với dữ liệu mẫu hư cấu</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="76" />
        <source>number that picks the fictional names (the same number gives the same data)</source>
        <translation>số chọn các tên hư cấu (cùng một số cho cùng một bộ dữ liệu)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="78" />
        <source>replace a database that already holds data (a backup is kept)</source>
        <translation>thay thế cơ sở dữ liệu đã có dữ liệu (có giữ bản sao lưu)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="81" />
        <source>database maintenance</source>
        <translation>bảo trì cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="85" />
        <source>copy a database file safely</source>
        <translation>sao lưu an toàn một tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="89" />
        <source>replace a database file by a backup (the replaced file is kept)</source>
        <translation>khôi phục tệp cơ sở dữ liệu từ bản sao lưu (giữ lại tệp bị thay thế)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="94" />
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="96" />
        <source>add an account (password from standard input or prompted)</source>
        <translation>thêm tài khoản (mật khẩu đọc từ đầu vào chuẩn hoặc được hỏi)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="101" />
        <source>agency code (for focal points)</source>
        <translation>mã cơ quan (đối với đầu mối của cơ quan)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="104" />
        <source>render the main window on one page to a PNG file, offscreen</source>
        <translation>chụp cửa sổ chính ở một trang ra tệp PNG (không cần màn hình)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="110" />
        <source>show the window as this account sees it (default: the first administrator)</source>
        <translation>hiển thị như tài khoản này nhìn thấy (mặc định: người quản trị đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="119" />
        <source>Repeat the password: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="120" />
        <source>The passwords do not match.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="133" />
        <source>{db} already holds data; use --force to replace it (a backup is kept).</source>
        <translation>{db} đã có dữ liệu; dùng --force để thay thế (có giữ bản sao lưu).</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="137" />
        <source>--force replaces only database files, not a server database.</source>
        <translation>--force chỉ thay thế tệp cơ sở dữ liệu, không áp dụng cho cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="141" />
        <source>The previous database was kept as {path}.</source>
        <translation>Cơ sở dữ liệu cũ được giữ tại {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="151" />
        <source>Demo database created: {db}</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu: {db}</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="152" />
        <source>Demo accounts (user name / password / role):</source>
        <translation>Tài khoản mẫu (tên đăng nhập / mật khẩu / vai trò):</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="171" />
        <source>Database is at schema {rev} (latest).</source>
        <translation>Cơ sở dữ liệu ở phiên bản cấu trúc {rev} (mới nhất).</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="189" />
        <source>The database is healthy.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="207" />
        <source>An upgrade to schema {rev} is available: run 'coordboard db upgrade'.</source>
        <translation>Có bản nâng cấp cấu trúc {rev}: hãy chạy 'coordboard db upgrade'.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="220" />
        <source>{path} exists already; choose another name.</source>
        <translation>{path} đã tồn tại; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="223" />
        <source>Backup written to {path}.</source>
        <translation>Đã sao lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="234" />
        <source>The replaced database was kept as {path}.</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ tại {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="235" />
        <source>Restored {db} from {path}.</source>
        <translation>Đã khôi phục {db} từ {path}.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="242" />
        <source>No such file: {path}</source>
        <translation>Không có tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="253" />
        <source>Password for {user}: </source>
        <translation>Mật khẩu cho {user}: </translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="259" />
        <source>Account {user} created.</source>
        <translation>Đã tạo tài khoản {user}.</translation>
    </message>
    <message>
        <location filename="../../src/cli.py" line="267" />
        <source>--size must look like 1280x800.</source>
        <translation>--size phải có dạng 1280x800.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/app.py" line="112" />
        <source>The database has no administrator account.</source>
        <translation>Cơ sở dữ liệu chưa có tài khoản quản trị.</translation>
    </message>
    <message>
        <location filename="../../src/app.py" line="121" />
        <location filename="../../src/services/exports.py" line="73" />
        <location filename="../../src/services/exports.py" line="80" />
        <source>Cannot write to {path}: {detail}</source>
        <translation>Không ghi được vào {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="69" />
        <source>An in-memory database cannot be used.</source>
        <translation>Không thể dùng cơ sở dữ liệu trong bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="111" />
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="116" />
        <source>{path} is not a coordboard database (not a SQLite file).</source>
        <translation>{path} không phải là cơ sở dữ liệu của coordboard (không phải tệp SQLite).</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="126" />
        <location filename="../../src/db.py" line="129" />
        <location filename="../../src/db.py" line="158" />
        <location filename="../../src/db.py" line="161" />
        <source>{path} is damaged and cannot be opened: {detail}</source>
        <translation>{path} bị hỏng, không mở được: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="155" />
        <source>Cannot connect to the database server {path}: {detail}</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="167" />
        <location filename="../../src/db.py" line="229" />
        <source>{path} is a database of another program, not of coordboard.</source>
        <translation>{path} là cơ sở dữ liệu của chương trình khác, không phải của coordboard.</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="174" />
        <source>{path} was made by a newer version of coordboard (schema {revision}). Install the newer version to open it.</source>
        <translation>{path} được tạo bởi phiên bản coordboard mới hơn (cấu trúc {revision}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../../src/db.py" line="274" />
        <source>{path} needs an upgrade: run 'coordboard db upgrade'.</source>
        <translation>{path} cần được nâng cấp: hãy chạy 'coordboard db upgrade'.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="71" />
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="80" />
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Đăng nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="107" />
        <location filename="../../src/services/auth.py" line="215" />
        <location filename="../../src/services/auth.py" line="249" />
        <source>No user named {username}.</source>
        <translation>Không có người dùng {username}.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="121" />
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="132" />
        <source>A user name may contain only letters, digits, '.', '_' and '-'.</source>
        <translation>Tên đăng nhập chỉ được gồm chữ cái, chữ số, '.', '_' và '-'.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="136" />
        <location filename="../../src/services/auth.py" line="209" />
        <source>Unknown role: {role}.</source>
        <translation>Vai trò không hợp lệ: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="144" />
        <source>The user name {username} is taken.</source>
        <translation>Tên đăng nhập {username} đã được dùng.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="150" />
        <source>No agency with code {code}.</source>
        <translation>Không có cơ quan mã {code}.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="153" />
        <location filename="../../src/services/auth.py" line="219" />
        <source>An agency focal point must belong to an agency.</source>
        <translation>Đầu mối của cơ quan phải thuộc một cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="167" />
        <source>This database already has accounts.</source>
        <translation>Cơ sở dữ liệu này đã có tài khoản.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="180" />
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="227" />
        <source>At least one active administrator must remain.</source>
        <translation>Phải còn ít nhất một tài khoản quản trị đang hoạt động.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="97" />
        <location filename="../../src/services/boards.py" line="185" />
        <location filename="../../src/services/members.py" line="153" />
        <source>The board no longer exists.</source>
        <translation>Ban này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="108" />
        <source>The board name must not be empty.</source>
        <translation>Tên ban không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="111" />
        <source>Choose the kind of board.</source>
        <translation>Hãy chọn loại ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="113" />
        <source>Choose the board's level.</source>
        <translation>Hãy chọn cấp của ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/auth.py" line="222" />
        <location filename="../../src/services/boards.py" line="115" />
        <location filename="../../src/services/catalogue.py" line="126" />
        <location filename="../../src/services/members.py" line="162" />
        <location filename="../../src/services/people.py" line="85" />
        <source>The agency no longer exists.</source>
        <translation>Cơ quan này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="118" />
        <location filename="../../src/services/members.py" line="172" />
        <source>The decision date cannot be in the future.</source>
        <translation>Ngày quyết định không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="125" />
        <source>A board named {name} already exists for this area.</source>
        <translation>Địa bàn này đã có ban tên là {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="129" />
        <source>The parent board no longer exists.</source>
        <translation>Ban cấp trên không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/boards.py" line="132" />
        <source>A board cannot be placed under itself or under one of its own child boards.</source>
        <translation>Không thể đặt một ban trực thuộc chính nó hoặc trực thuộc một ban cấp dưới của nó.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="104" />
        <source>The agency name must not be empty.</source>
        <translation>Tên cơ quan không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="107" />
        <source>The agency code must not be empty.</source>
        <translation>Mã cơ quan không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="117" />
        <source>An agency with this name or code already exists: {name}.</source>
        <translation>Đã có cơ quan trùng tên hoặc trùng mã: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="140" />
        <source>The sector code must not be empty.</source>
        <translation>Mã ngành không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="143" />
        <source>The sector name must not be empty.</source>
        <translation>Tên ngành không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="153" />
        <source>A sector with this name or code already exists: {name}.</source>
        <translation>Đã có ngành trùng tên hoặc trùng mã: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/services/catalogue.py" line="158" />
        <source>The sector no longer exists.</source>
        <translation>Ngành này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="147" />
        <source>The membership no longer exists.</source>
        <translation>Thành viên này không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="156" />
        <location filename="../../src/services/members.py" line="302" />
        <source>Choose the person.</source>
        <translation>Hãy chọn người.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="159" />
        <source>Choose the role in the board.</source>
        <translation>Hãy chọn vai trò trong Ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="165" />
        <source>Enter the start date.</source>
        <translation>Hãy nhập ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="167" />
        <source>The membership cannot end ({end}) before it starts ({start}).</source>
        <translation>Ngày kết thúc ({end}) không được trước ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="181" />
        <source>This person already sits on the board in that period (from {start}).</source>
        <translation>Người này đã là thành viên của Ban trong thời gian đó (từ ngày {start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="187" />
        <source>The board already has a {role} in that period: {name}. End that membership first (or re-staff the seat).</source>
        <translation>Trong thời gian đó Ban đã có {role}: {name}. Hãy cho người đó thôi làm thành viên trước (hoặc dùng chức năng kiện toàn).</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="260" />
        <source>A membership cannot move to another board; end it and add a new one.</source>
        <translation>Không thể chuyển thành viên sang ban khác; hãy kết thúc và thêm mới.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="306" />
        <source>This seat was already re-staffed: {name} took it over on {start}. Re-staff the current holder instead.</source>
        <translation>Vị trí này đã được kiện toàn: {name} thay thế từ ngày {start}. Hãy kiện toàn người đang giữ vị trí.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="312" />
        <source>This membership already ended on {end}; add the new member instead.</source>
        <translation>Thành viên này đã thôi từ ngày {end}; hãy thêm thành viên mới.</translation>
    </message>
    <message>
        <location filename="../../src/services/members.py" line="316" />
        <source>The successor must start after the current holder ({start}).</source>
        <translation>Người thay thế phải bắt đầu sau ngày bắt đầu của người đang giữ vị trí ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/services/people.py" line="57" />
        <source>The full name must not be empty.</source>
        <translation>Họ và tên không được để trống.</translation>
    </message>
    <message>
        <location filename="../../src/services/people.py" line="60" />
        <source>A name cannot contain digits.</source>
        <translation>Họ tên không được chứa chữ số.</translation>
    </message>
    <message>
        <location filename="../../src/services/people.py" line="64" />
        <source>The honorific must be Ông or Bà.</source>
        <translation>Danh xưng phải là Ông hoặc Bà.</translation>
    </message>
    <message>
        <location filename="../../src/services/people.py" line="68" />
        <source>{email} is not an e-mail address.</source>
        <translation>{email} không phải là địa chỉ thư điện tử hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/services/people.py" line="71" />
        <source>{phone} is not a phone number (digits, spaces, +, -, dots only).</source>
        <translation>{phone} không phải là số điện thoại (chỉ gồm chữ số, dấu cách, +, -, dấu chấm).</translation>
    </message>
    <message>
        <location filename="../../src/services/people.py" line="111" />
        <location filename="../../src/services/people.py" line="147" />
        <source>The person no longer exists.</source>
        <translation>Người này không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="73" />
        <source>You may not view this board.</source>
        <translation>Tài khoản của bạn không được xem ban này.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="82" />
        <source>Your account may not change this board or its members.</source>
        <translation>Tài khoản của bạn không được thay đổi ban này hoặc thành viên của ban.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="88" />
        <source>Only the secretariat or an administrator may change the catalogue.</source>
        <translation>Chỉ tổ thư ký hoặc người quản trị được sửa danh mục.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="94" />
        <source>Only the secretariat or an administrator may change people's records.</source>
        <translation>Chỉ tổ thư ký hoặc người quản trị được sửa thông tin cá nhân.</translation>
    </message>
    <message>
        <location filename="../../src/services/permissions.py" line="100" />
        <source>Only an administrator may do this.</source>
        <translation>Chỉ người quản trị được làm việc này.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="18" />
        <source>Someone else changed this record meanwhile. Reload it and try again.</source>
        <translation>Người khác vừa sửa bản ghi này. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="54" />
        <source>Your account has been disabled. Ask the administrator.</source>
        <translation>Tài khoản của bạn đã bị khóa. Hãy liên hệ người quản trị.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="57" />
        <source>The administrator changed your account's rights. Sign in again.</source>
        <translation>Người quản trị đã thay đổi quyền của tài khoản này. Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="68" />
        <source>The change breaks a database rule and was not saved: {detail}</source>
        <translation>Thay đổi vi phạm ràng buộc dữ liệu nên không được lưu: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/services/uow.py" line="94" />
        <source>The text is too long: at most {limit} characters ({length} given).</source>
        <translation>Nội dung quá dài: tối đa {limit} ký tự (đã nhập {length}).</translation>
    </message>
    <message>
        <location filename="../../src/ui/errors.py" line="14" />
        <source>Unexpected error: {detail}</source>
        <translation>Lỗi không mong đợi: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/ui/errors.py" line="19" />
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../src/services/exports.py" line="20" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="21" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="22" />
        <source>Honorific</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="23" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="24" />
        <source>Agency represented</source>
        <translation>Cơ quan đại diện</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="25" />
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="26" />
        <source>Role in the board</source>
        <translation>Vai trò trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="27" />
        <source>Duty in the board</source>
        <translation>Nhiệm vụ trong Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="28" />
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="29" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="30" />
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="31" />
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="32" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="33" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="48" />
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/services/exports.py" line="51" />
        <source>Exported on {date}</source>
        <translation>Xuất ngày {date}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../src/services/auth_types.py" line="12" />
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../src/services/auth_types.py" line="13" />
        <source>Secretariat</source>
        <translation>Tổ thư ký</translation>
    </message>
    <message>
        <location filename="../../src/services/auth_types.py" line="14" />
        <source>Agency focal point</source>
        <translation>Đầu mối cơ quan</translation>
    </message>
    <message>
        <location filename="../../src/services/auth_types.py" line="15" />
        <source>Viewer</source>
        <translation>Chỉ xem</translation>
    </message>
</context>
</TS>