# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = 信息社会世界峰会奖
footer-text = 信息社会世界峰会奖是国际电联一年一度的评选活动，面向将信息社会世界峰会各行动方面付诸实践的项目。

## Navigation
nav-label = 主菜单
nav-languages = 语言
nav-skip = 跳至正文
nav-home = 首页
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-register = 注册
nav-admin = 秘书处

## Dates: { $day } { $month } { $year }, { $time } { $zone }
datetime = { $year }年{ $monthnum }月{ $day }日 { $time } { $zone }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Phases
phase-submission = 提交项目
phase-screening = 项目审核和专家遴选入围名单
phase-voting = 公开在线投票
phase-selection = 评选获奖者
phase-publication = 公布获奖者和冠军
standing-open = “{ $phase }”阶段开放至{ $when }。
standing-upcoming = “{ $phase }”阶段将于{ $when }开始。
standing-over = 本届评选已经结束。感谢所有参与者。

## Home
home-eyebrow = 国际电联 · 信息社会世界峰会
home-lead = 这些项目来自政府、企业、民间社会、国际组织和学术界，让世界各地的人们享受到信息通信技术带来的惠益。提交您的项目，为您认可的项目投票，并了解获奖者。
home-calendar = 日程
home-categories = 18个类别
home-no-edition = 尚未设置任何一届评选。

## Categories
category-eyebrow = 类别 { $code }
category-counts = 提名项目：{ $nominees } · 冠军：{ $champions } · 获奖者：{ $winners }
category-nominees = 提名项目
category-champions = 冠军
category-winners = 获奖者

## Forms
field-email = 电子邮件地址
field-password = 密码
field-password-hint = 至少12个字符。由几个互不相关的单词组成的密码比较安全。
field-new-password = 新密码
field-current-password = 当前密码
field-name = 您的姓名
field-organisation = 组织
field-country = 组织所在国家
field-region = 国际电联区域
field-stakeholder-type = 利益攸关方类型
field-language = 电子邮件语言
field-choose = 请选择…

stakeholder-government = 政府
stakeholder-business-sector = 工商界
stakeholder-civil-society = 民间社会
stakeholder-international-organisation = 国际组织
stakeholder-academia = 学术界
stakeholder-other = 其他

region-africa = 非洲
region-americas = 美洲
region-arab-states = 阿拉伯国家
region-asia-pacific = 亚太
region-cis = 独联体
region-europe = 欧洲

## Field messages
email-required = 请输入您的电子邮件地址。
email-invalid = 这不是有效的电子邮件地址。
email-too-long = 该电子邮件地址过长。
email-taken = 已有账户使用该电子邮件地址。请登录或重置密码。
email-already-confirmed = 您的电子邮件地址已确认。
password-too-short = 请至少使用12个字符。
password-too-long = 最多使用256个字符。
password-too-common = 该密码过于常见或容易被猜到。请尝试使用几个互不相关的单词。
credentials-wrong = 电子邮件地址或密码不正确。
name-required = 请输入您的姓名。
name-too-long = 最多使用200个字符。
name-invalid-characters = 请删除控制字符。
organisation-required = 请输入您所在组织的名称。
organisation-too-long = 最多使用300个字符。
organisation-invalid-characters = 请删除控制字符。
title-required = 请输入标题。
title-too-long = 最多使用200个字符。
title-invalid-characters = 请删除控制字符。
country-required = 请选择国家。
stakeholder-type-required = 请选择利益攸关方类型。
link-invalid = 该链接无效。请从电子邮件中复制完整链接。
link-used = 该链接已被使用。
link-expired = 该链接已过期。请重新申请。
reason-required = 请说明理由；理由将保存在审计日志中。
reason-too-long = 最多使用2000个字符。

## Errors
error-invalid = 部分字段有误，请检查。
error-not-found = 该页面不存在。
error-unauthenticated = 请登录后继续。
error-forbidden = 您无权执行此操作。
error-conflict = 与现有数据冲突。
error-phase-closed = 在本届评选的当前阶段无法执行此操作。
error-rate-limited = 尝试次数过多。请在{ $seconds }秒后重试。
error-internal = 我们这边出现了问题。请稍后重试。
error-request = 无法完成请求。请检查网络连接后重试。
account-disabled = 该账户已被停用。请联系信息社会世界峰会秘书处。

## Registration
register-title = 创建账户
register-lead = 只需一个账户，即可提交项目、跟进项目并参与公开在线投票。
register-submit = 创建我的账户
register-have-account = 我已有账户
register-done-title = 请查收邮件
register-done-body = 我们已向您发送一个用于确认电子邮件地址的链接，有效期为48小时。您现在即可登录；确认地址后即可提交项目和投票。

## E-mail confirmation
confirm-title = 确认您的电子邮件地址
confirm-ok = 谢谢：您的电子邮件地址已确认。
confirm-resend-hint = 请登录并打开“我的账户”以获取新的链接。

## Sign in
login-title = 登录
login-submit = 登录
login-forgot = 忘记密码？
login-register = 创建账户

## Password reset
forgot-title = 重置密码
forgot-lead = 请输入您账户的电子邮件地址。我们将向您发送一个用于设置新密码的链接；该链接有效期为一小时，且只能使用一次。
forgot-submit = 向我发送链接
forgot-sent = 如果有账户使用该地址，链接已经发出。请查收邮件。
reset-title = 设置新密码
reset-submit = 保存新密码
reset-done = 您的密码已更改。请使用新密码登录。

## My account
account-title = 我的账户
account-profile = 个人资料
account-save = 保存
account-saved = 您的个人资料已保存。
account-change-password = 更改密码
account-password-changed = 您的密码已更改。其他设备已退出登录。
account-confirmed = 已确认
account-unconfirmed = 电子邮件未确认
account-resend = 重新发送确认链接
account-confirmation-sent = 新的确认链接已发送。

## Roles
role-expert = 专家
role-secretariat = 秘书处
role-unknown = 未知角色。
role-already-granted = 该账户已拥有此角色。
role-not-granted = 该账户没有此角色。

## Secretariat
admin-title = 秘书处
admin-accounts = 账户
admin-accounts-count = { $count }个账户
admin-search = 按电子邮件、姓名或组织搜索
admin-search-submit = 搜索
admin-status = 状态
admin-status-active = 正常
admin-status-unconfirmed = 电子邮件未确认
admin-status-disabled = 已停用
admin-roles = 角色
admin-act = 操作
admin-reason = 理由
admin-apply = 应用
admin-not-yourself = 您不能对自己的账户执行此操作。
admin-op-unknown = 未知操作。
admin-op-grant-expert = 设为专家
admin-op-revoke-expert = 取消专家角色
admin-op-grant-secretariat = 设为秘书处成员
admin-op-revoke-secretariat = 取消秘书处角色
admin-op-disable = 停用账户
admin-op-enable = 启用账户
admin-mail = 截留的邮件
admin-mail-lead = 未配置邮件服务器，因此邮件保存在此处，而不会发出。设置 WSIS_SMTP_URL 后即可投递邮件。
admin-mail-empty = 暂无邮件。
admin-audit = 审计日志
admin-audit-chain-ok = 审计条目链完整无损。
admin-audit-chain-broken = 审计条目链在第{ $id }条处断开：有条目被修改或删除。
admin-audit-when = 时间
admin-audit-who = 操作人
admin-audit-what = 内容
admin-audit-system = 系统

## Calendar
calendar-title = 届次与日程
calendar-edition-title = 本届名称
calendar-time-zone = 时区
calendar-time-zone-hint = IANA 时区名称，例如 Europe/Zurich（日内瓦）。以下日期均采用该时区。
calendar-phase = 阶段
calendar-opens = 开始
calendar-closes = 结束
calendar-opened = 已开始
calendar-reason = 更改理由
calendar-reason-hint = 更改已开始的阶段时必填；将保存在审计日志中。
calendar-save = 保存日程
calendar-saved = 日程已保存。
calendar-phase-missing = 每个阶段都需要开始日期和结束日期。
calendar-closes-before-opens = 阶段的结束时间必须晚于开始时间。
calendar-overlap = 该阶段在上一阶段结束之前就已开始。
calendar-date-invalid = 请输入日期和时间。
calendar-time-zone-unknown = 未知时区。请使用 IANA 时区名称，例如 Europe/Zurich。
calendar-reason-required = 正在更改已开始的阶段：请说明理由。

## Mail
mail-confirm-subject = 请确认您用于信息社会世界峰会奖的电子邮件地址
mail-confirm-body =
    尊敬的{ $name }：

    感谢您在信息社会世界峰会奖平台注册。请在48小时内打开以下链接，确认您的电子邮件地址：

    { $link }

    如果您并未注册，请忽略此邮件。

    国际电联信息社会世界峰会奖秘书处
mail-reset-subject = 重置您的信息社会世界峰会奖账户密码
mail-reset-body =
    尊敬的{ $name }：

    有人申请重置您的信息社会世界峰会奖账户密码。如需设置新密码，请在一小时内打开以下链接：

    { $link }

    如果这不是您本人提出的申请，请忽略此邮件；您的密码将保持不变。

    国际电联信息社会世界峰会奖秘书处
