# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = 信息社会世界峰会奖
meta-description = 信息社会世界峰会奖是国际电联一年一度的评选活动，面向落实信息社会世界峰会成果的项目：提交项目，为您认可的项目投票，了解获奖者。
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
category-nominees-list = 提名项目名单
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
error-rate-limited = 尝试次数过多。请在{ $seconds ->
       *[other] { $seconds }秒
    }后重试。
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
admin-unmailable-title = 无法送达邮件的地址
admin-unmailable-help = { $count }个账户的地址被邮件服务器拒绝（创建于地址校验之前）：确认、重置和邀请邮件均无法送达。请联系其所有者更正地址。
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

## Categories (secretariat)
categories-title = 类别
categories-saved = 类别已保存。
categories-opened = 提交阶段已开始：提交者依据这些类别提交项目。任何更改都必须说明理由，并将保存在审计日志中。
categories-add = 添加类别或特别奖
categories-add-hint = 例如不对应任何行动方面的“特别表彰”，或单独设立的奖项。它与各行动方面类别一样参加所有阶段。
categories-save = 保存类别
category-code = 代码
category-number = 顺序
category-special = 特别奖（不属于任何行动方面）
category-title-en = 英文名称
category-description-en = 英文说明
category-title-fr = 法文名称（选填；翻译之前显示英文）
category-description-fr = 法文说明（选填）
category-title-es = 西班牙文名称（选填；翻译之前显示英文）
category-description-es = 西班牙文说明（选填）
category-title-ru = 俄文名称（选填；翻译之前显示英文）
category-description-ru = 俄文说明（选填）
category-title-zh = 中文名称（选填；翻译之前显示英文）
category-description-zh = 中文说明（选填）
category-title-ar = 阿拉伯文名称（选填；翻译之前显示英文）
category-description-ar = 阿拉伯文说明（选填）
category-reason = 更改理由（提交阶段开始前选填）
category-reason-required-label = 更改理由（必填）
category-code-invalid = 最多使用20个字母、数字、点或连字符，例如 C7.4。
category-code-taken = 本届评选的另一个类别已使用此代码。
category-number-invalid = 请输入1至999之间的整数。
category-count-invalid = 请输入1至1000之间的整数。
category-champions-over-nominees = 冠军数量不能多于提名项目数量。
category-winners-over-champions = 获奖者数量不能多于冠军数量。
category-text-required = 此文本为必填项。
category-text-too-long = 此文本过长。
category-reason-required = 提交阶段已开始：请说明此次更改的理由。

## Submissions
nav-submissions = 我的参评项目
submissions-title = 我的参评项目
submissions-none = 您还没有参评项目。
submissions-new = 提交项目
submissions-start = 开始填写草稿
submission-title = 参评项目
submission-category = 类别
submission-status = 状态
submission-missing = 尚缺内容
submission-untitled = （无标题草稿）
submission-until = 截至{ $when }
submission-sent = 您的参评项目已发送至信息社会世界峰会秘书处。审核结果将通过电子邮件通知您。
submission-changes-asked = 秘书处要求作出以下修改：
submission-decisions = 审核
submission-needs-js = 启用 JavaScript 时，此表单会在您输入时统计字数。未启用时表单同样可用：字数将在保存时统计。
submission-saved = 您的草稿已保存。
submission-save = 保存草稿
submission-send = 发送给秘书处
submission-complete = 所有必填内容均已填写。参评项目一经发送即无法再编辑，除非秘书处要求修改。
submission-still-missing = 发送前请填写：
submission-send-button = 发送我的参评项目
submission-action-lines-hint = 项目所推进的信息社会世界峰会行动方面，用逗号分隔，例如 C2, C7.4。
submission-sdgs-hint = 项目所推进的可持续发展目标（1至17），用逗号分隔，例如 3, 5, 10。
submission-start-date-hint = 年份和月份，例如 2023-04。
submission-field-title = 项目名称
submission-field-organisation = 组织（实体）
submission-field-country = 组织所在国家
submission-field-stakeholder-type = 利益攸关方类型
submission-field-short-description = 简短说明（供投票者阅读）
submission-field-action-lines = 信息社会世界峰会行动方面
submission-field-sdgs = 可持续发展目标
submission-field-impact-qualitative = 定性影响
submission-field-impact-quantitative = 定量影响
submission-field-partnerships = 伙伴关系
submission-field-challenges = 挑战与未来计划
submission-field-start-date = 开始日期
submission-field-project-status = 项目状态
submission-field-website = 网站
words-between = 字数：{ $n }（须介于{ $min }至{ $max }之间）
words-at-most = 字数：{ $n }（最多{ $max }）
status-draft = 草稿
status-submitted = 已发送，等待审核
status-changes-requested = 已要求修改
status-eligible = 符合资格
status-not-eligible = 不符合资格
project-status-completed = 已完成
project-status-major-phase-completed = 主要阶段已完成
decision-eligible = 符合资格
decision-not-eligible = 不符合资格
decision-changes-requested = 要求修改
decision-moved = 已移至其他类别
decision-changes-lapsed = 修改期限已过；按原样退回审核
flag-similar-title = 标题与以下参评项目相同或非常相似：
flag-same-entity-category = 与以下参评项目属同一组织、同一类别：
flag-similar-description = 简短说明与以下参评项目非常相似：
flag-past-winner = 与往届获奖者相符：
flag-past-champion = 往届冠军项目（仍符合资格）：
submission-confirm-email-first = 请先确认您的电子邮件地址：打开我们发送给您的链接，或在“我的账户”中申请新的链接。
submission-phase-closed = 提交阶段已结束：草稿无法再编辑或发送。
submission-deadline-passed = 修改期限已过。
submission-locked = 该参评项目已发送，无法再编辑。
submission-entity-taken = 该组织在本届评选的这一类别中已有参评项目。如您认为有误，请写信给秘书处：{ $contact }。
category-required = 请选择类别。
short-description-too-long = 简短说明过长：请删减至字数限制以内。
short-description-too-short = 简短说明过短：需要更多字数。
long-text-too-long = 此文本过长：请删减至字数限制以内。
long-text-required = 此文本为必填项。
sdgs-invalid = 请使用1至17的可持续发展目标编号，用逗号分隔。
sdgs-required = 请至少列出一项可持续发展目标。
action-lines-invalid = 请使用信息社会世界峰会行动方面代码，例如 C1 或 C7.4，用逗号分隔。
website-invalid = 请输入以 https:// 开头的网址
start-date-invalid = 请输入项目开始的年份和月份，例如 2023-04。
project-status-required = 请说明项目已经完成还是主要阶段已经完成。
changes-days-invalid = 请输入1至60之间的天数。
decision-unknown = 请选择一项决定。

## Screening
screening-title = 审核
screening-any = 全部
screening-flagged-only = 仅限已标记
screening-filter = 筛选
screening-counts = 共{ $total }个参评项目：{ $submitted }个待审核，{ $changes }个已要求修改，{ $eligible }个符合资格，{ $not_eligible }个不符合资格，{ $withdrawn }个已撤回
screening-flags = 标记
screening-decided = 决定已记录，并已通知项目负责人。
notes-title = 内部备注
notes-lead = 只有秘书处能阅读这些备注：申报的所有者永远看不到。
notes-none = 尚无备注。
notes-by = { $author }，{ $at }：
notes-body = 给秘书处的备注
notes-add = 添加备注
notes-added = 备注已添加。
note-empty = 请先填写备注。
note-too-long = 备注最多 4,000 个字符。
screening-decide = 决定
screening-decision = 决定
screening-text = 理由或给负责人的留言
screening-text-hint = 除“符合资格”外均为必填。负责人会看到此内容。
screening-days = 修改天数
screening-days-hint = 仅适用于“要求修改”；默认为7天。
screening-to-category = 移至类别（代码）
screening-to-category-hint = 仅适用于“已移至其他类别”，例如 C7.3。
screening-record = 记录决定
screening-closed = 审核尚未开放：决定在审核阶段作出。

## Mail about submissions
mail-submitted-subject = 信息社会世界峰会奖：已收到您的参评项目“{ $title }”
mail-submitted-body =
    尊敬的{ $name }：

    您的参评项目“{ $title }”已发送至信息社会世界峰会秘书处，秘书处将对其进行审核。审核结果将通过电子邮件通知您。

    { $link }

    国际电联信息社会世界峰会奖秘书处
mail-decision-subject = 信息社会世界峰会奖：“{ $title }”的审核结果
mail-decision-eligible-body =
    尊敬的{ $name }：

    经审核，您的参评项目“{ $title }”符合信息社会世界峰会奖的参评资格。专家现在将遴选提名项目入围名单。

    { $link }

    国际电联信息社会世界峰会奖秘书处
mail-decision-not-eligible-body =
    尊敬的{ $name }：

    您的参评项目“{ $title }”未能获得接受。秘书处给出的理由如下：

    { $message }

    { $link }

    国际电联信息社会世界峰会奖秘书处
mail-decision-changes-body =
    尊敬的{ $name }：

    秘书处请您修改参评项目“{ $title }”：

    { $message }

    请在上述期限之前完成修改并重新发送；期限过后，将按现有内容进行审核。

    { $link }

    国际电联信息社会世界峰会奖秘书处
mail-decision-moved-body =
    尊敬的{ $name }：

    您的参评项目“{ $title }”已被移至其他类别。秘书处给出的理由如下：

    { $message }

    { $link }

    国际电联信息社会世界峰会奖秘书处
submission-field-picture = 图片或标志
submission-picture-alt = 项目图片
submission-picture-choose = 选择图片（PNG、JPEG 或 WebP）
submission-picture-hint = 最大{ $mb } MB。图片在保存前会经过检查和转换。
submission-picture-upload = 上传图片
picture-required = 请选择要上传的文件。
picture-too-large = 该文件过大。
picture-not-image = 该文件不是 PNG、JPEG 或 WebP 图片。
picture-too-many-pixels = 该图片像素过多：请缩小后重试。
submission-people = 人员
submission-owner = 负责人
submission-co-owner = 共同负责人
submission-invited = 已邀请，尚未加入
submission-remove = 移除
submission-invite = 邀请
submission-invite-email = 邀请共同负责人（电子邮件地址）
submission-invite-hint = 对方可以与您一起编辑和发送该参评项目。没有账户的人需先使用该地址注册。
submission-invitation-sent = 邀请已发送。
submission-owner-only = 只有该参评项目的负责人才能执行此操作。
submission-owner-stays = 不能移除负责人。
invitation-already-member = 此人已可编辑该参评项目。
invitation-other-address = 此邀请是发给另一个电子邮件地址的：请使用接收邀请的地址登录。
invitation-title = 邀请您共同负责一个参评项目
invitation-lead = 您已受邀编辑和发送一个信息社会世界峰会奖参评项目。请使用接收邀请的地址登录（或用该地址注册），然后接受邀请。
invitation-accept = 接受邀请
mail-invitation-subject = { $inviter }邀请您共同负责一个信息社会世界峰会奖参评项目
mail-invitation-body =
    您好：

    { $inviter }邀请您一起编辑和发送信息社会世界峰会奖参评项目“{ $title }”。请在14天内打开以下链接，使用此电子邮件地址登录（或用该地址注册）并接受邀请：

    { $link }

    如果您不认识此人，请忽略此邮件。

    国际电联信息社会世界峰会奖秘书处

## Registry (secretariat)
registry-title = 获奖者和组织
past-winners-title = 往届获奖者
past-winners-lead = 粘贴 CSV 内容，每行一个获奖者：年份、类别、名称、组织、国家（ISO 代码，例如 KE）。与其中任一获奖者相符的新参评项目将被标记，提示审核人员；由秘书处作出决定。
past-winners-csv = CSV
past-winners-import = 导入
past-winners-report = 已导入{ $imported }个获奖者，{ $skipped }个已存在；现有{ $flagged }个已发送的参评项目与往届获奖者相符。
past-winners-line = 第{ $line }行：{ $problem }
past-winners-line-unreadable = 无法将该行读取为 CSV。
past-winners-line-columns = 需要五列：年份、类别、名称、组织、国家。
past-winners-line-year = 年份必须是2000年以来的往届。
past-winners-line-country = 未知的国家代码。
past-winners-line-text = 类别、名称或组织缺失或过长。
past-winners-too-long = 该 CSV 过长：请分批导入。
past-winners-empty = 该 CSV 中没有任何获奖者。
organisations-title = 组织
organisations-lead = 如果两个组织是同一实体的两个名称，请将其中一个合并到另一个。其参评项目随之转移；同一类别中如留有两个参评项目，将被标记，提示审核人员。
organisations-search = 按名称搜索
organisations-from = 要合并的组织编号
organisations-into = 并入的组织编号
organisations-merge = 合并
organisations-merged = 组织已合并。
merge-same-organisation = 请选择两个不同的组织。
screening-dismiss = 取消标记
home-submit = 提交项目
screening-pages = 待审核队列分页

## Hardening: withdrawal, drafts, contact, errors
footer-contact = 有疑问？请写信给信息社会世界峰会奖秘书处：
error-busy = 服务器繁忙。请在{ $seconds ->
       *[other] { $seconds }秒
    }后重试。
mail-register-again-subject = 有人试图使用您的电子邮件地址注册
mail-register-again-body =
    { $name }，您好：

    有人刚刚试图使用您的电子邮件地址创建信息社会世界峰会奖账户，而该地址已有账户。系统未创建新账户，您的密码也没有更改。

    如果是您本人，请登录：{ $login }
    如果您忘记了密码，请设置新密码：{ $forgot }

    如果不是您本人，可以忽略此邮件。

    国际电联信息社会世界峰会奖秘书处
link-other-account = 此链接属于另一个账户。请退出登录，然后重新打开链接，并使用收到该链接的账户登录。
login-to-confirm = 请登录以确认您的电子邮件地址。如果这不是您的密码，说明此账户并非您本人创建：请使用“忘记密码？”设置密码。
invitation-phase-closed = 提交阶段已结束：参评项目的成员不能再更改。
status-withdrawn = 已撤回
decision-withdrawn = 已撤回
problem-title = 出现问题
problem-none = 没有需要报告的内容。
submission-delete = 删除此草稿
submission-delete-hint = 草稿及其图片将被永久删除，共同所有人也将无法再看到。
submission-delete-button = 删除草稿
submission-not-draft = 只能删除草稿。已提交的项目可以撤回。
submissions-deleted = 草稿已删除。
submission-withdraw = 撤回此参评项目
submission-withdraw-hint = 撤回的参评项目将退出评选，您的组织可以在该类别中重新提交。在公开投票开始之前都可以撤回。
submission-withdraw-reason = 原因（可选）
submission-withdraw-button = 撤回
submission-withdrawn = 参评项目已撤回。
submission-not-sent = 此参评项目尚未提交：请删除草稿。
submission-not-withdrawable = 此参评项目已不在评选之中。
withdraw-closed = 公开投票已开始：现在只有秘书处可以撤回提名项目。请写信给秘书处。
screening-withdraw = 撤回
screening-withdraw-hint = 撤回会使参评项目退出评选。原因将被记录并发送给项目所有人。
mail-withdrawn-body =
    { $name }，您好：

    您的参评项目“{ $title }”已从信息社会世界峰会奖评选中撤回。

    { $message }

    { $link }

    国际电联信息社会世界峰会奖秘书处
drafts-title = 草稿
drafts-lead = 草稿不保留任何名额：任何人都可以输入任何组织的名称。按类别统计；搜索名称可查看谁以该名称持有草稿。
drafts-search = 谁以该组织名称持有草稿
drafts-none = 没有人以此名称持有草稿。
drafts-holder = 持有人
drafts-started = 开始时间
merge-duplicates = 这些组织在同一类别中各有一个已提交的项目。请先处理每一对（将其中一个判定为不符合资格或移至其他类别），然后再合并。
merge-pair = 同一实体在同一类别中的两个参评项目
changes-too-late = 公开投票即将开始，所有人来不及进行修改。
calendar-screening-during-submission = 允许秘书处在提交阶段仍开放时审核参评项目
demo-notice = 本届评选包含演示数据：本网站上的项目、组织和人员均为虚构。
submission-revoke = 撤销

## 专家评审
round-shortlisting = 遴选入围名单
round-selection = 评选
normalisation-z-score = 按专家标准化（z分数）
normalisation-raw = 原始平均分
rubric-empty = 评分细则至少需要一项标准。
rubric-too-many = 评分细则最多包含12项标准。
rubric-title-missing = 请为此标准填写名称。
rubric-title-too-long = 此名称过长（最多120个字符）。
rubric-title-twice = 有两项标准使用此名称。
rubric-code-twice = 有两项标准代码相同。
rubric-weight-range = 权重须为1至100之间的整数百分比。
rubric-scale-range = 满分须为1至100之间的整数。
rubric-weights-sum = 各项权重之和必须为100。
rubric-shape-locked = 本轮评审已开始：不能再添加或删除标准，也不能更改其满分，只能重命名和调整权重。
formula-weights-sum = 两项权重均须为整数百分比，且相加等于100。
round-reviews-range = 每个参评项目接受1至9次评审。
round-normalisation-unknown = 请选择排名的标准化方式。
round-closed = 本轮评审已结束。
round-not-open = 本轮评审尚未开始。
round-expert-unknown = 没有使用此电子邮件地址的账户。请先邀请该专家。
round-expert-not-expert = 此账户不在专家组中。请先邀请其加入。
round-category-unknown = 本届评选没有这个类别。
round-expert-already = 该专家已在评审此类别。
round-not-an-entry = 此参评项目不在本轮评审之列。
round-expert-not-in-category = 该专家不评审此参评项目所属的类别。
round-conflict-declared = 该专家已就此参评项目申报利益冲突。
round-conflict-own-entry = 该专家是此参评项目的所有者或共同所有者：任何人不得评审自己的参评项目，无论理由如何。
round-conflict-own-organisation = 此参评项目属于该专家账户所填写的组织：任何人不得评审本组织的参评项目，无论理由如何。
round-already-assigned = 此参评项目已分配给该专家。
round-review-submitted = 该专家已发送对此参评项目的评审：分配保持不变。
review-score-missing = 请给出分数。
review-score-number = 分数须为数字，例如7或7.5。
review-score-decimals = 分数最多保留一位小数。
review-score-range = 此分数超出该标准的分值范围。
review-score-unknown-criterion = 发送的分数所对应的标准不在此评分细则中。
review-comment-too-long = 评语过长（最多4000个字符）。
review-note-too-long = 说明过长。
review-conflicted = 您已就此参评项目申报利益冲突。
review-own-entry = 此参评项目属于您或您的组织：您不能评审。
review-released = 此参评项目已不再分配给您。
expert-ties-too-many = 最多20行。
expert-tie-too-long = 某行过长（最多300个字符）。
expert-tie-country = 请用两个字母的 ISO 代码填写每个国家，例如 KE 或 FR。
nominees-voting-opened = 公开投票已开始：提名项目不能再更改。
nominees-none = 此类别没有需要确认的参评项目。
review-mail-assigned-subject = 信息社会世界峰会奖：待评审的参评项目
review-mail-assigned-count = { $count ->
       *[other] 已有{ $count }个参评项目分配给您。
    }
review-mail-assigned-body =
    { $name }，您好：

    您的待评审参评项目列表在此：

    { $link }

    每个参评项目均按本轮评审的标准评分。在本轮结束前，您可以修改评分。如果您与某个参评项目存在关联，请在其页面上申报利益冲突：该项目将转给另一位专家。
review-mail-invitation-subject = { $inviter }邀请您加入信息社会世界峰会奖专家组
review-mail-invitation-body =
    您好：

    { $inviter }邀请您加入信息社会世界峰会奖专家组。请在14天内打开以下链接接受邀请：在该页面创建账户；如果您已有账户，请使用此地址登录。

    { $link }

    如果您并未期待此邀请，请忽略此邮件。
nav-review = 我的评审
review-my-title = 我的评审
review-conflict-done = 利益冲突已记录：该参评项目已从您的列表中移除，并将转给另一位专家。
review-none-yet = 尚无评审轮次开始。
review-progress = 已发送{ $done }份，共{ $total }份
review-closes = { $when }截止
review-to-do = 待评分
review-sent = 已发送
review-sheet-title = 评分表
review-saved = 您的评审已发送。在本轮结束前，您可以修改。
review-total = 您所发送评审的加权总分：{ $total }分（满分100分）。
review-score-title = 您的评分
review-sent-times = { $count ->
       *[other] 已发送{ $count }次；每个版本均予保留。
    }
review-criterion-scale = （权重{ $weight }%，0至{ $scale }分）
review-comment = 评语（选填）
review-send = 发送我的评审
review-revise = 修改我的评审
review-conflict-title = 利益冲突
review-conflict-lead = 如果您与此项目存在关联（您为其组织工作或与之合作、为其提供咨询，或与其团队关系密切），请予申报：该参评项目将从您的列表中移除，转给另一位专家。
review-conflict-note = 您与其存在何种关联（选填，秘书处可见）
review-conflict-declare = 申报利益冲突
review-ties-title = 我的关联关系
review-ties-lead = 平台绝不会将与您有关联的组织的参评项目分配给您；如本届评选有此规定，也不会分配来自您所属国家的参评项目。每行一项。
review-ties-organisations = 您任职、提供咨询或持有权益的组织
review-ties-countries = 与您有关联的国家（ISO 代码，例如 KE 或 FR）
review-ties-other = 秘书处应了解的其他关联关系
review-ties-save = 保存我的关联关系
review-ties-saved = 您的关联关系已保存。
review-joined = 欢迎加入专家组。请在获分配参评项目之前申报您的关联关系。
review-join-title = 加入专家组
review-join-lead = 您当前以 { $email } 登录。邀请必须是发送至此地址的。
review-join-accept = 接受邀请
review-join-have-account = 已有使用此邀请接收地址的账户？
review-join-new-title = 创建您的专家账户
review-join-new-lead = 您的账户使用接收此邀请的地址；该地址已通过链接确认。
review-join-create = 创建账户并加入
invitation-has-account = 此地址已有账户：请使用该地址登录，然后接受邀请。
review-admin-title = 专家评审
review-invite-title = 邀请专家
review-invite-send = 发送邀请
review-invited = 邀请已发送。
review-round-saved = 本轮评审已保存。
review-assigned = 已新增分配：{ $count }。
review-expert-added = 该专家现在评审此类别。
review-assignment-removed = 该分配已移除。
review-window-not-yet-open = 尚未开始
review-window-open = 进行中
review-window-closed = 已结束
review-seed-commitment = 抽签种子的 SHA-256：
review-seed = 抽签种子：
review-progress-title = 进度
review-entries = 参评项目
review-reviews-done = 已发送的评审
review-nominees = 提名项目
review-confirmed = 已确认
review-export-ranking = 排名（CSV）
review-export-reviews = 评审（CSV）
review-experts-title = 专家
review-expert-email = 专家的电子邮件地址
review-expert-add = 添加到该类别
review-run-assignment = 分配参评项目
review-short-title = 评审人数不足的参评项目
review-short-missing = { $count ->
       *[other] 缺少{ $count }份评审
    }
review-submission-number = 参评项目编号
review-expert-number = 专家编号
review-override-reason = 理由（在检测到冲突的情况下仍要分配时必填）
review-assign = 分配
review-settings-title = 设置和评分细则
review-reviews-per-entry = 每个参评项目的评审次数
review-normalisation = 排名依据
review-country-conflicts = 专家不评审来自本国的参评项目
review-formula-experts = 评选公式：专家评分的权重（%）
review-formula-votes = 评选公式：得票率的权重（%）
review-criterion = 标准
review-weight = 权重（%）
review-scale = 满分
review-change-reason = 理由
review-change-reason-hint = 本轮评审开始后必填：更改将记录在审计日志中。
review-save-round = 保存本轮评审
review-nominees-confirmed = 此类别的提名项目已确认。
review-cut = 入围线：{ $count }
review-tie-rule = 同分时先以另一项分数决定，再以抽签决定：按种子后接参评项目编号的 SHA-256 排序，数值最小者居前。
review-reviews = 评审
review-raw-mean = 原始平均分
review-z-mean = 标准化分数
review-spread = 离散度
review-flags = 标记
review-flag-disagreement = 专家意见分歧
review-flag-draw = 由抽签确定名次
review-flag-nominee = 提名项目
review-confirm-title = 确认提名项目
review-confirm-lead = 此排名中的前{ $count }个参评项目将成为该类别的提名项目。提名项目将在投票开始时公布。
review-confirm-reason-hint = 如名单此前已确认则必填：更改将记录在审计日志中。
review-confirm = 确认提名项目
review-experts-count = { $count ->
       *[other] { $count }位专家
    }
award-champion = 冠军
award-winner = 获奖者
award-special-recognition = 特别表彰
award-kind-unknown = 请选择获奖者或特别表彰。
award-not-a-champion = 只能选择此类别的冠军。
award-winners-full = 此类别的获奖者名额已满。
award-already = 此事项已作出决定。
review-award-decided = 决定已记录。
review-formula = 最终得分 = 专家平均分的{ $experts }% + 得票率（× 100）的{ $votes }%。同分时，得票率较高者居前，其次为专家平均分较高者，最后以抽签决定。
review-expert-mean = 专家平均分
review-vote-share = 得票
review-final-score = 最终得分
review-decision = 决定
review-decide-title = 选出获奖者
review-winners-allowed = { $count ->
       *[other] 此类别有{ $count }名获奖者。
    }
review-decide = 记录决定
draw-title = 同分时如何决定名次
draw-lead = 当参评项目的各项分数全部相同时，以抽签决定其顺序。评审轮次结束前，其秘密种子的 SHA-256 在此公布；轮次结束时，公布种子本身。同分的参评项目按种子后接参评项目编号（均为文本）的 SHA-256 排序，数值最小者居前：
draw-check = 任何人都可以核实种子与此前公布的内容相符，并用任何编程语言的几行代码重现该顺序。
draw-none = 尚无评审轮次开始。
draw-seed-at-close = 种子在本轮评审结束时公布。
review-mail-reminder-subject = 信息社会世界峰会奖：您的评审即将到期
review-mail-reminder-count = { $count ->
       *[other] 分配给您的参评项目中，有{ $count }个尚未评审。
    }
review-mail-reminder-body =
    { $name }，您好：

    本轮评审将于{ $when }结束。您的列表：

    { $link }
review-mail-nominees-subject = 信息社会世界峰会奖：投票开始前须确认提名项目
review-mail-nominees-body =
    { $name }，您好：

    公开投票将于{ $when }开始，而以下类别尚无已确认的提名项目：{ $categories }。提名项目确认之前，投票不得开始。请在入围遴选轮次中确认：

    { $link }
review-nominees-warning = 公开投票将于{ $when }开始：在每个类别的提名项目均已确认之前，投票不得开始。尚待确认：{ $categories }。

## 公众投票
nav-vote = 投票
home-vote = 立即投票
home-results = 查看投票结果
vote-title = 公众投票
vote-open-until = 公众投票开放至 { $when }。
vote-opens-on = 公众投票将于 { $when } 开放。
vote-not-open = 公众投票尚未开放。
vote-closed = 公众投票已结束。
vote-cast-done = 您在 { $category } 类别中的投票已记录。
vote-unconfirmed = 请先确认您的电子邮件地址再投票：点击我们发送给您的链接，或在您的账户页面申请新的链接。
vote-progress-title = 您的选票
vote-progress = 您已在 { $total } 个类别中的 { $cast } 个类别投票。
vote-complete = 投票完成：您已在所有类别中投票。谢谢。
vote-complete-rule = 只有完整的选票才计入：请在投票结束前在每个类别中投票。
vote-left = 尚未投票的类别：
vote-yours = 您的投票：{ $title }
vote-void = 您投给“{ $title }”的票不再计入：该候选项目已退出评选。您可以在此类别中再投一次票。
vote-void-receipt = 作废投票的回执：
vote-receipt = 您的回执（请保存，以便在公布的登记册中核对您的投票）：
vote-choose-in = 在 { $category } 类别中选择一个提名项目
vote-cast = 在 { $category } 类别中投票
vote-choose = 请先选择一个提名项目再投票。
vote-unknown-category = 选票上没有这个类别。
vote-not-a-nominee = 该项目不是此类别的提名项目。
vote-already-cast = 您已在此类别中投票；投票不能更改。
vote-status-valid = 有效
vote-status-held = 暂扣待审
vote-status-invalid = 无效
vote-admin-title = 公众投票
vote-admin-votes = 已投票数
vote-admin-voters = 投票人数
vote-admin-complete = 完整选票
vote-admin-held = 暂扣待审的投票
vote-admin-invalid = 被判无效的投票
vote-admin-void = 作废的投票（候选项目已退出）
results-final-title = 最终结果
results-final-lead = 投票结束且所有暂扣投票均已审查后，请确定结果：有效投票、各类别冠军以及公开登记册。此操作无法撤销。
results-final-button = 确定结果
results-final-done = 结果已最终确定：冠军已选出，登记册已生成。
results-final-fixed = 结果于{ $when }确定：共投出{ $votes }票，其中有效票{ $valid }票。
results-ledger-head = 登记册最后一行的哈希值：
results-vote-running = 投票尚未结束。
results-already-final = 此次投票的结果已最终确定。
results-held-votes = 仍有投票处于暂扣待审状态：请先将其放行或判为无效。
results-no-nominees = 没有任何类别有已确认的提名项目：无票可计。
receipt-title = 核对投票回执
receipt-lead = 每张投票回执只有投票人知道。结果公布后，输入您的回执，即可在公开登记册中找到您的投票。
receipt-label = 回执
receipt-check = 核对
receipt-not-yet = 投票结果公布后才能核对回执。
receipt-unknown = 没有与此回执对应的投票。
receipt-found = 此回执对应的投票（{ $category } 类别，投给“{ $nominee }”）在登记册中。
receipt-counted = 该票已计入。
receipt-not-counted = 该票未计入（选票不完整、投票被判无效或提名项目已撤回）。
receipt-hash = 登记册中以此哈希值显示：
receipt-invalid = 这不是回执：回执由 32 个字母和数字（0-9、a-f）组成。
receipt-withdrawn = 无效：该候选项目已退出评选。
results-title = 公众投票结果
results-not-yet = “{ $edition }”的投票结果尚未公布。
results-not-yet-on = “{ $edition }”的投票结果将于{ $when }公布。
results-edition-invalid = 届次以年份表示，例如2027。
results-preview = 预览：在公布阶段开始之前，只有秘书处能看到这些结果。
results-summary = { $edition }：共投出{ $votes }票，其中有效票{ $valid }票，结果于{ $when }确定。
results-ledger-title = 亲自核对计票
results-ledger-lead = 登记册列出每一张投票（所属类别、提名项目、回执的哈希值以及是否计入），各条记录以哈希值相链接。任何人都可以使用已公布的验证程序重新计票；README 说明了其格式。
results-ledger-download = 下载登记册（JSON Lines）
results-category-valid = 有效票{ $valid }票
results-nominee = 提名项目
results-votes = 有效票数
results-award = 奖项
results-champion = 冠军
results-winner = 获奖者
vote-about = 了解“{ $title }”详情
project-organisation = 组织
project-country = 国家
project-region = 区域
project-sdgs = 可持续发展目标
project-website = 网站
project-not-found = 未找到项目
vote-mail-reminder-subject = 您的信息社会世界峰会奖选票尚未完成
vote-mail-reminder-body =
    尊敬的{ $name }：

    在信息社会世界峰会奖公众投票中，只有完整的选票才计入，而您的选票在以下类别中尚未投票：{ $left }。
    投票将于{ $when }结束。在此之前，您可以在此完成您的选票：
    { $link }
flag-burst = 来自同一网络的集中投票
flag-bulk-accounts = 批量创建的账户
flag-disposable-domain = 一次性邮箱域名
flag-uniform-ballots = 完全相同的选票
flag-decision-unknown = 请选择放行、判为无效或暂扣。
domain-invalid = 请输入域名，例如 example.org。
vote-review-title = 异常审查
vote-review-lead = 平台认为可疑的投票组将被暂扣：只有放行后才计入。被判无效的投票永不计入。每项决定都必须说明理由，并记录在审计日志中。
vote-review-none = 没有投票组被标记。
vote-review-sweep = 立即检查异常
vote-review-kind = 原因
vote-review-key = 共同特征
vote-review-votes = 投票
vote-review-since = 标记时间
vote-review-state = 决定
vote-review-held = 暂扣待审
vote-review-released = 已放行
vote-review-invalidated = 已判无效
vote-review-reason = 理由
vote-review-release = 放行
vote-review-invalidate = 判为无效
vote-review-hold = 重新暂扣
vote-review-decided = 决定已记录。
vote-review-domains = 已添加到内置列表的一次性邮箱域名
vote-review-domain = 域名
vote-review-add-domain = 添加
calendar-ballot-rule = 公众投票中计入哪些选票
calendar-ballot-rule-complete = 仅计入完整选票（每个类别均已投票）
calendar-ballot-rule-every = 计入每一票，无论选票是否完整
calendar-ballot-rule-locked = 公众投票开始后，计票规则不能再更改。
calendar-ballot-rule-unknown = 请选择一种计票规则。
limits-title = 申报表限制
limits-lead = 这些限制适用于本届的所有申报。在申报阶段开启之前可以修改；此后即被冻结，因为草稿是按照这些限制撰写的。
limits-frozen-note = 本届的申报阶段已开启：申报表的限制已冻结。
limits-saved = 申报表的限制已保存。
limits-save = 保存限制
limits-short_min_words = 简短描述：最少字数
limits-short_max_words = 简短描述：最多字数
limits-long_max_words = 每个详细回答：最多字数
limits-title_max_chars = 标题：最多字符数
limits-min_sdgs = 至少填写的可持续发展目标数
limits-changes_days = 完成所要求修改的天数
limits-range-hint = 从 { $min } 到 { $max }。
limits-range = 请输入字段下方所示范围内的整数。
limits-short-order = 最少字数必须小于最多字数。
limits-frozen = 申报阶段已开启：申报表的限制已冻结。
vote-chart-hours = 每小时投票数（最近48小时）
vote-chart-categories = 各类别投票数
vote-chart-regions = 按投票人所属组织的国际电联区域统计的投票数
region-unknown = 区域未知

# 本届数据。
stats-title = 本届数据
stats-summary = { $edition }：共有{ $submissions }份参赛申报。
stats-chart-categories = 各类别申报数
stats-chart-regions = 各国际电联区域申报数
stats-chart-stakeholders = 各利益攸关方类型申报数
stats-chart-votes = 各类别有效票数
stats-chart-winners = 各国际电联区域获奖者数
stats-chart-champions = 各国际电联区域冠军数
stats-vote-later = 结果公布后，投票数据、冠军和获奖者将在此显示。

nav-gallery = 项目
gallery-link = 浏览和搜索项目
gallery-title = 项目展示
gallery-lead = 历届入围公众投票的所有项目。某届结果公布后，该届的获奖者和冠军排在最前。
gallery-search = 搜索词
gallery-search-hint = 在标题、机构和描述中查找，支持任何文字。每个词都须匹配。
gallery-edition = 届次
gallery-category = 类别
gallery-region = 国际电联区域
gallery-country = 国家
gallery-stakeholder = 利益攸关方类型
gallery-sdg = 可持续发展目标
gallery-sdg-n = 目标 { $n }
gallery-award = 奖项
gallery-award-either = 获奖者和冠军
gallery-award-winner = 获奖者
gallery-award-champion = 冠军
gallery-all = 全部
gallery-submit = 搜索
gallery-found = 找到 { $count } 个项目
gallery-none = 没有与此搜索相符的项目。请减少搜索词或筛选条件。
gallery-pages = 结果页
gallery-page = 第 { $page } 页，共 { $pages } 页
gallery-previous = 上一页
gallery-next = 下一页
gallery-query-too-long = 搜索内容过长：最多 200 个字符。
gallery-query-too-many-words = 最多使用 8 个搜索词。
gallery-edition-invalid = 请按年份选择届次。
gallery-edition-unknown = 展示中没有该年份的届次。
gallery-category-invalid = 这不是类别代码。
gallery-region-invalid = 请选择一个国际电联区域。
gallery-country-invalid = 请从列表中选择国家。
gallery-stakeholder-invalid = 请选择一种利益攸关方类型。
gallery-sdg-invalid = 请选择 1 至 17 之间的目标。
gallery-award-invalid = 请选择获奖者、冠军或两者。
gallery-page-invalid = 请选择 1 至 1000 之间的页码。

footer-privacy = 隐私声明
footer-terms = 使用条款
notice-version = 版本 { $version }。
privacy-title = 隐私声明
privacy-intro = 本声明说明信息社会世界峰会奖平台保存您的哪些信息、原因、保存期限以及您可以提出的请求。
privacy-who-h = 责任方
privacy-who-p = 信息社会世界峰会奖秘书处运营本平台，并对平台保存的数据负责。请通过每页底部的地址与其联系。
privacy-what-h = 我们保存的信息
privacy-what-p = 您的账户：电子邮件地址、姓名、机构及其国家和利益攸关方类型、语言，以及以不可逆散列形式保存的密码（绝不保存密码本身）。对于您提交的项目：您在表格中填写的内容和上传的图片。
privacy-votes-h = 投票保存的信息
privacy-votes-p = 每张选票记录您选择的候选项目和时间。为发现有组织或自动化的投票，还保存您所在网络的带密钥散列（绝不保存您的地址）、您的浏览器自我描述信息的带密钥散列、您电子邮件地址的域名以及账户创建时间。这些信息仅在确定结果之前用于审查可疑的投票组。
privacy-why-h = 用途
privacy-why-p = 用于举办竞赛：让您提交项目和投票，向您发送与您有关的信息（确认、邀请、决定），确保投票公平，并公布结果。任何信息都不会出售或用于广告。
privacy-public-h = 公开的信息
privacy-public-p = 项目一经入围，其标题、摘要、图片、机构、国家和目标即予公布，并保留在项目展示和开放数据中。您的姓名、电子邮件地址和投票选择绝不公布；公布的投票账本只显示回执，不显示投票人。
privacy-keep-h = 保存期限
privacy-keep-p = 账户在使用期间予以保存，并可应要求关闭。投票记录保存至该届结果公布且异议期届满为止；账本只保留回执。已公布的项目作为竞赛历史继续公开。
privacy-rights-h = 您可以提出的请求
privacy-rights-p = 您可以在账户页面查看和更正您的账户，并可请求秘书处提供您的数据副本、更正数据或关闭账户。如对答复有异议，可向您所在地的数据保护机构提出。
terms-title = 使用条款
terms-intro = 创建账户即表示您接受本条款。
terms-account-h = 您的账户
terms-account-p = 每人一个账户。请妥善保管密码；您须对使用您账户所做的一切负责。秘书处可停用违反本条款使用的账户。
terms-projects-h = 您提交的项目
terms-projects-p = 只提交由您所在机构实施的项目，内容须真实，图片须有权分享。提交即表示您允许平台公布入围项目的标题、摘要、图片、机构和国家，并将其纳入开放数据和成功案例汇编。
terms-vote-h = 公众投票
terms-vote-p = 每人每个类别一票，由本人投出。禁止买卖选票、自动投票或为多次投票而创建账户：此类选票将受到审查，并可能被宣布无效。
terms-data-h = 再利用公开内容
terms-data-p = 公开的数据（项目展示、结果和开放数据）可依据知识共享署名 4.0 许可协议再利用，并须注明来源为信息社会世界峰会奖。
consent-label = 我已阅读隐私声明并接受使用条款。
consent-required = 请接受使用条款以创建账户。
stats-chart-days = 每日投票数（UTC）
stories-admin-title = 成功故事
story-title = 成功故事
story-public-title = 成功故事
story-status = 状态
story-status-invited = 已邀请
story-status-draft = 草稿
story-status-sent = 已提交审批
story-status-changes-asked = 已要求修改
story-status-approved = 已批准
story-status-none = 尚未邀请
story-deadline = 请在 { $when } 之前提交。
story-changes-asked = 秘书处要求作以下修改：
story-intro = 请用英文为《WSIS Stocktaking: Success Stories》一书讲述您的项目故事。段落之间请空一行。标有 * 的部分为提交所必需。
story-section-challenge = 挑战
story-section-solution = 解决方案
story-section-results = 成果（附数据）
story-section-partners = 合作伙伴
story-section-lessons = 经验教训
story-hint-challenge = 项目要解决的问题，以及为谁解决。
story-hint-solution = 项目做什么，如何运作。
story-hint-results = 带来了哪些变化，请附数据（受益人数、成本、节省的时间）。
story-hint-partners = 谁使项目成为可能。
story-hint-lessons = 他人可以从中学到什么。
story-max-words = { $count ->
       *[other] 最多 { $count } 个单词。
    }
story-save = 保存
story-send = 提交审批
story-review-title = 秘书处审核
story-approve = 批准故事
story-message = 需要修改什么？
story-ask = 要求修改
story-done-saved = 您的故事已保存。
story-done-sent = 您的故事已提交秘书处审批。
story-done-asked = 已要求项目负责人修改。
story-done-approved = 故事已批准：它将收入书中。
story-section-too-long = 此部分过长。
story-section-required = 提交故事需要填写此部分。
story-closed = 此故事已无法修改：它已提交、已批准或已过截止时间。如需修改，请写信至 { $contact }。
story-message-required = 请说明需要修改的内容。
story-message-too-long = 此消息过长（最多 2000 个字符）。
story-not-sent = 只能对已提交的故事要求修改。
story-approved = 此故事已获批准。
story-deadline-invalid = 请填写将来的日期和时间。
story-no-champions = 尚无冠军：请在投票结果最终确定后发出邀请。
story-mail-invited-subject = 您的信息社会世界峰会奖成功故事：{ $title }
story-mail-invited-body = { $name }，您好：
    
    恭喜！“{ $title }”是信息社会世界峰会奖的冠军项目。我们邀请您为年度《WSIS Stocktaking: Success Stories》一书撰写其成功故事：挑战、解决方案、附数据的成果、合作伙伴和经验教训。
    
    请在 { $extra } 之前在此撰写：{ $link }
    
    在 { $published } 公布结果之前，此结果须保密：在此之前请勿告知团队以外的任何人。各奖项（包括哪些冠军项目获奖）将于当天公布。
    
    信息社会世界峰会奖秘书处
story-mail-changes-subject = 您的成功故事需要修改：{ $title }
story-mail-changes-body = { $name }，您好：
    
    秘书处要求修改“{ $title }”的成功故事：
    
    { $extra }
    
    请在此修改后重新提交：{ $link }
    
    信息社会世界峰会奖秘书处
story-mail-approved-subject = 您的成功故事已获批准：{ $title }
story-mail-approved-body = { $name }，您好：
    
    “{ $title }”的成功故事已获批准。它将随结果一起发布在书中和项目页面上。
    
    { $link }
    
    信息社会世界峰会奖秘书处
stories-invited = { $count ->
       *[other] 已邀请 { $count } 个项目的负责人。
    }
stories-missing = { $count ->
        [0] 每个冠军和获奖项目都有已批准的故事。
       *[other] { $count } 个冠军和获奖项目尚无已批准的故事：书中将以其简短描述代替。
    }
stories-deadline = 故事截止时间
stories-invite = 邀请冠军和获奖项目的负责人
book-title = 成功故事集
book-edition-title = WSIS Stocktaking: Success Stories { $year }
book-preview = 预览故事集
book-preview-note = 秘书处预览：故事集随结果一起发布。
book-download = 下载故事集（PDF）
book-contents = 目录
book-stand-in = 此项目没有获批准的故事：以其简短描述代替。
book-none = 本届尚未发布成功故事集：它将随结果一起发布。
story-picture = 故事配图
story-picture-alt = 故事的配图
story-done-picture = 图片已保存。
editions-admin-title = 各届赛事
editions-current = 当前
editions-edition = 届次
editions-first-opens = 首个阶段开始
editions-last-closes = 最后阶段结束
editions-experts = 专家
editions-returning = 上一届的专家
editions-invite-returning = { $count ->
       *[other] 再次邀请上一届的 { $count } 位专家
    }
editions-returned = { $count ->
       *[other] 已再次邀请 { $count } 位专家并发送邮件通知。
    }
editions-started = { $year } 届已开始。其类别、评审轮次和规则与上一届相同：请在相应页面中进行准备。
editions-start-title = 开始 { $year } 届
editions-start-intro = 新一届将从 { $from } 届复制：各类别及其所有语言的文本、特别奖、各评审轮次的设置和评分标准、表格限制以及计票规则。每个评审轮次获得新的抽签种子；参评项目、分配、提名和奖项不予复制。下方日程按推迟一年、同一时区提出：开始前可修改。
editions-start = 开始本届
editions-year-exists = 该年度的一届已经开始。
editions-next-before-publication = 在当前一届的公布阶段开始之前，新一届的提交阶段不能开始。
editions-next-votes-overlap = 新一届的投票阶段将与另一届的投票阶段重叠。
editions-mail-returning-subject = { $year } 年信息社会世界峰会奖：您再次成为专家评审团成员
editions-mail-returning-body = { $name }，您好：
    
    感谢您在上一届信息社会世界峰会奖中的工作。秘书处再次邀请您加入 { $year } 届专家评审团，负责相同的类别。
    
    评审开始前，请在此核对您与各组织和国家的关联，以免将与您有关联的参评项目分配给您：{ $link }
    
    如您今年无法参加，请回复此邮件。
    
    信息社会世界峰会奖秘书处
submissions-edition = { $year } 年信息社会世界峰会奖
outcome-nominee = 提名
outcome-not-nominee = 未入围
outcome-champion = 冠军项目
outcome-winner = 获奖
outcome-special-recognition = 特别表彰
outcome-stage-shortlist = 入围
outcome-stage-award = 奖项
outcome-mail-nominee-subject = “{ $title }”获得 { $year } 年信息社会世界峰会奖提名
outcome-mail-nominee-body = { $name }，您好：
    
    专家已将“{ $title }”列入候选名单：它是 { $category } 类别的提名项目之一，公众投票现已开始。任何人均可在此为其投票：{ $link }
    
    信息社会世界峰会奖秘书处
outcome-mail-not-nominee-subject = “{ $title }”未入围 { $year } 年信息社会世界峰会奖
outcome-mail-not-nominee-body = { $name }，您好：
    
    感谢您在 { $category } 类别中提交“{ $title }”。今年专家未将其列入提名项目：投票现已开始，提名名单已公布。欢迎您明年再次参加。
    
    您提交的项目：{ $link }
    
    信息社会世界峰会奖秘书处
outcome-mail-champion-subject = “{ $title }”是 { $year } 年信息社会世界峰会奖冠军项目
outcome-mail-champion-body = { $name }，您好：
    
    { $year } 年信息社会世界峰会奖结果已公布：“{ $title }”是 { $category } 类别的冠军项目。祝贺您。
    
    项目页面：{ $link }
    
    信息社会世界峰会奖秘书处
outcome-mail-winner-subject = “{ $title }”荣获 { $year } 年信息社会世界峰会奖
outcome-mail-winner-body = { $name }，您好：
    
    { $year } 年信息社会世界峰会奖结果已公布：“{ $title }”荣获 { $category } 类别奖项。祝贺您。
    
    项目页面：{ $link }
    
    信息社会世界峰会奖秘书处
outcome-mail-special-recognition-subject = “{ $title }”获得 { $year } 年信息社会世界峰会奖特别表彰
outcome-mail-special-recognition-body = { $name }，您好：
    
    { $year } 年信息社会世界峰会奖结果已公布：“{ $title }”在 { $category } 类别中获得特别表彰。祝贺您。
    
    项目页面：{ $link }
    
    信息社会世界峰会奖秘书处
results-mail-subject = { $year } 年信息社会世界峰会奖结果已公布
results-mail-body = { $name }，您好：
    
    感谢您参加 { $year } 年信息社会世界峰会奖投票。结果已公布：{ $results }
    
    每一票都是公开账本中的一行，账本以此哈希值结尾：
    
    { $head }
    
    请保存此值：任何人都可以从结果页面下载账本，核对其是否以同一哈希值结尾，以及计票是否由此得出。如需核实您的投票是否在账本中以及是否计入，请在此输入投票时获得的回执：{ $receipt }
    
    信息社会世界峰会奖秘书处
vote-void-mail-subject = 您在 { $category } 的投票不再计入：您可以重新投票
vote-void-mail-body = { $name }，您好：
    
    您在 { $category } 中投票给了“{ $nominee }”。该候选项目已退出信息社会世界峰会奖评选，因此您的投票不再计入。
    
    在 { $closes } 之前，您可以在此类别中为另一个候选项目再投一次票：{ $ballot }
    
    在此之前，您的选票仍视为完整。您的第一张回执仍保留在公开账本中，并标记为无效。
    
    信息社会世界峰会奖秘书处
draft-reminder-mail-subject = 您的申报“{ $title }”尚未提交：申报将于 { $closes } 截止
draft-reminder-mail-body = { $name }，您好：
    
    您在 { $category } 中的申报“{ $title }”仍是草稿：只有提交后才能参加信息社会世界峰会奖评选，申报将于 { $closes } 截止。
    
    请在此完成并提交：{ $link }
    
    信息社会世界峰会奖秘书处
book-ledger-head = 公众投票账本以此哈希值结尾：
editions-editing = 您正在编辑 { $year } 届。
editions-other = 所有届次
archive-title = 各届赛事
archive-lead = 本平台举办的历届信息社会世界峰会奖，并列出已公开的数据：投票开始后的提名项目，结果公布后的票数和获奖项目。
archive-submissions = 已提交项目
archive-nominees = 提名项目
archive-votes = 有效票数
archive-winners = 获奖项目
archive-not-yet = 尚未公开
archive-results = 结果
archive-open-data = 开放数据
archive-categories = 类别
archive-link = 所有届次
submission-copy = 以此项目为基础开始今年的参评
submission-copy-same-edition = 此项目属于当前一届：请直接编辑。
submission-copy-category-gone = 其类别不在当前一届中：请在其他类别中新建参评项目。
thread-title = 消息
thread-written = 您的消息已发送。
thread-none = 暂无消息。
thread-new = 新
thread-body = 您的消息
thread-send = 发送消息
thread-draft = 参赛项目提交后才能就其发送消息。在此之前，请写信至页面底部的秘书处地址。
thread-secretariat = 信息社会世界峰会奖秘书处
thread-former-owner = 前所有者
thread-empty = 请先填写消息。
thread-too-long = 消息最多 4,000 个字符。
thread-mail-owners-subject = 信息社会世界峰会奖秘书处关于“{ $title }”的消息
thread-mail-owners-body = { $name }，您好：
    
    信息社会世界峰会奖秘书处就您的参赛项目“{ $title }”写道：
    
    { $message }
    
    请在此阅读消息并回复：{ $link }
    
    信息社会世界峰会奖秘书处
thread-mail-secretariat-subject = { $author } 关于“{ $title }”的消息
thread-mail-secretariat-body = { $author }（{ $email }）就参赛项目“{ $title }”写道：
    
    { $message }
    
    请在此阅读并回复：{ $link }
inbox-title = 消息
inbox-none = 尚无任何参赛项目的消息。
inbox-unread = 所有者的未读消息：{ $count }
inbox-submission = 参赛项目
inbox-latest = 最新消息
inbox-messages = 消息
inbox-from-owners = 所有者
inbox-line-unread = { $count } 条未读
correction-title = 更正此参赛项目
correction-lead = 在任何阶段更正已提交参赛项目中的笔误或错误事实。其所有者会获知哪些字段被更改及原因；更改连同前后值记录在审计日志中，所有公开页面、选票、开放数据和文集会立即显示更正。
correction-done = 更正已保存，并已通知所有者。
correction-reason = 更正原因
correction-reason-hint = 将告知所有者并记录在审计日志中。
correction-save = 保存更正
correction-picture-save = 替换图片
correction-unchanged = 没有任何更改：请先更正一个字段。
correction-mail-subject = 信息社会世界峰会奖秘书处更正了“{ $title }”
correction-mail-body = { $name }，您好：
    
    信息社会世界峰会奖秘书处更正了您的参赛项目“{ $title }”。
    
    更改：{ $fields }
    原因：{ $reason }
    
    在此查看您的参赛项目：{ $link }
    
    信息社会世界峰会奖秘书处
category-in-english = （英文）
privacy-mail-h = 评选活动的消息
privacy-mail-p = 除与您的账户和参赛项目有关的内容外，秘书处可能会写信给您所在的群组（参赛项目所有者、提名项目、专家、选票未填完的投票人），投票人还会在投票截止前收到提醒。每封发给投票人的此类消息末尾都附有停止接收的链接，无需登录。确认邮件、密码重置以及与您的参赛项目有关的内容始终会发送。
contest-mail-footer = 您作为信息社会世界峰会奖的投票人收到此消息。如不想再收到评选活动的消息，请点击此链接：{ $link }
stop-mail-title = 评选活动的消息
stop-mail-lead = 停止向此地址发送信息社会世界峰会奖评选活动的消息（秘书处的通知和投票提醒）？与您账户有关的内容（确认邮件、密码重置）仍会发送。
stop-mail-button = 停止评选活动的消息
stop-mail-done = 已完成：您将不再收到评选活动的消息。
stop-mail-already = 发往此地址的评选活动消息已停止。
mailings-title = 群发消息
mailings-lead = 写信给本届的一个群组。下一页显示每种语言的版本及收件人数；在您确认之前不会发送任何内容。每人收到其语言的版本，否则收到英文版本，且只收到一次。
mailing-new = 新的群发消息
mailing-audience = 群组
mailing-category = 类别（用于已提交项目的所有者）
mailing-all-categories = 所有类别
mailing-round = 评审轮次（用于专家）
mailing-optional = 选填
mailing-subject = 主题
mailing-body = 消息
mailing-prepare = 检查消息及其收件人
mailings-of = { $year } 年的群发消息
mailings-none = 暂无群发消息。
mailing-progress = 已发送
mailing-check = 检查并确认群发消息
mailing-counts = 收件人 { $recipients } 名，已发送 { $sent } 封
mailing-version-recipients = 收件人 { $count } 名
mailing-confirm-hint = 发送后无法撤销。邮件从下一分钟起按发件队列的速率发出。
mailing-send = 发送给 { $count } 人
mailing-discard = 放弃此消息
mailing-discarded = 此消息已放弃。
mailing-confirmed-notice = 已确认：消息正在发送。
mailing-confirmed-at = 确认于 { $at }。
mailing-audience-drafts = 未提交草稿的所有者
mailing-audience-sent = 已提交项目的所有者
mailing-audience-nominees = 提名项目的所有者
mailing-audience-experts = 某一轮次的专家
mailing-audience-voters = 选票未填完的投票人
mailing-status-prepared = 等待确认
mailing-status-sending = 正在发送
mailing-status-sent = 已发送
mailing-audience-invalid = 请选择一个群组。
mailing-category-invalid = 请选择本届的一个类别。
mailing-round-invalid = 请选择本届的一个轮次。
mailing-subject-required = 请填写主题。
mailing-subject-invalid = 主题为一行，最多 200 个字符。
mailing-body-required = 请填写消息。
mailing-body-too-long = 消息最多 20,000 个字符。
mailing-nobody = 此群组目前没有任何人。
mailing-confirmed = 此消息已确认。
exports-title = 导出
exports-lead = 下载报告所需的数据，格式为电子表格（XLSX：数字保持为数字）或 CSV。每次下载连同下载者都会记录在审计日志中。导出账户需要填写原因，且除非勾选，否则不包含电子邮件地址。
export-what = 导出内容
export-submissions = 参赛项目（所有字段，每项一行）
export-screening = 审查决定
export-reviews = 专家分配和评分
export-votes = 按类别和日期的投票数字
export-accounts = 账户（绝不含密码）
export-year = 届次
export-format = 格式
export-reason = 原因（导出账户时必填）
export-reason-hint = 记录在审计日志中。
export-addresses = 包含账户的电子邮件地址
export-download = 下载
export-kind-invalid = 请选择要导出的内容。
export-format-invalid = 请选择 XLSX 或 CSV。
export-year-invalid = 请选择一届。
discussion-title = 与其他专家讨论
discussion-later = 提交您的评审后，您将看到其他专家对此参赛项目的评分和评语，并可与他们讨论。
discussion-written = 您的消息已加入讨论。
discussion-lead = 其他专家看到的您是“{ $me }”；不显示任何人的姓名。参赛项目的所有者永远看不到此讨论。
discussion-no-reviews = 尚无其他专家提交对此参赛项目的评审。
discussion-body = 您给其他专家的消息
discussion-send = 加入讨论
discussion-expert = 专家 { $n }
discussion-on = 本轮专家在提交自己的评审后讨论参赛项目。
discussion-off-state = 本轮已关闭专家讨论。
discussion-turn-off = 关闭讨论
discussion-turn-on = 开启讨论
discussion-empty = 请先填写消息。
discussion-too-long = 消息最多 4,000 个字符。
discussion-after-review = 请先提交您对此参赛项目的评审。
discussion-off = 本轮已关闭讨论。
