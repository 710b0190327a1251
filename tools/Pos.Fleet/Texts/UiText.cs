using Pos.Core.Localization;

namespace Pos.Fleet.Texts
{
    /// <summary>
    /// The console's own texts in the catalogs' locales (en-US, zh-CN), one row per <see cref="UiString"/>, and the
    /// labels of the <c>set</c> command's parameters. The terminals' texts (reasons, steps, check names) come from the
    /// firmware's catalog instead (<see cref="CatalogEntryView"/>).
    /// </summary>
    public static class UiText
    {
        // UiString, en-US, zh-CN.
        private static readonly (UiString Id, string En, string Zh)[] Rows =
        {
            (UiString.Fleet, "Fleet", "终端总览"),
            (UiString.Terminal, "Terminal", "终端"),
            (UiString.Terminals, "Terminals", "终端"),
            (UiString.OnlineCount, "online", "在线"),
            (UiString.Connection, "Connection", "连接"),
            (UiString.Online, "online", "在线"),
            (UiString.Offline, "offline", "离线"),
            (UiString.Firmware, "Firmware", "固件"),
            (UiString.Battery, "Battery", "电量"),
            (UiString.Link, "Host link", "主机链路"),
            (UiString.LinkOnline, "online", "联机"),
            (UiString.LinkOffline, "offline", "脱机"),
            (UiString.LinkChecking, "checking", "检测中"),
            (UiString.Queue, "Offline queue", "离线队列"),
            (UiString.Flagged, "Flagged", "待复核"),
            (UiString.LastSelfTest, "Last self-test", "最近自检"),
            (UiString.LastSeen, "Last seen", "最近上报"),
            (UiString.Busy, "In a transaction", "交易中"),
            (UiString.Dropped, "Events dropped", "丢弃的事件"),
            (UiString.Yes, "yes", "是"),
            (UiString.No, "no", "否"),
            (UiString.StatusHistory, "Status history", "状态历史"),
            (UiString.Received, "Received", "接收时间"),
            (UiString.TerminalTime, "Terminal time", "终端时间"),
            (UiString.LagMs, "Lag (ms)", "延迟(毫秒)"),
            (UiString.Declines, "Declines by cause", "拒绝原因统计"),
            (UiString.Code, "Code", "代码"),
            (UiString.Count, "Count", "次数"),
            (UiString.Cause, "Cause", "原因"),
            (UiString.Class, "Class", "类别"),
            (UiString.Who, "Who acts", "处理人"),
            (UiString.Say, "Say to the cardholder", "对持卡人说"),
            (UiString.Last, "Last", "最近"),
            (UiString.SelfTests, "Self-test reports", "自检报告"),
            (UiString.Check, "Check", "检查项"),
            (UiString.Result, "Result", "结果"),
            (UiString.Value, "Value", "测量值"),
            (UiString.Remote, "remote", "远程"),
            (UiString.AtTerminal, "at the terminal", "本地"),
            (UiString.Checklist, "Checklist", "检查清单"),
            (UiString.Commands, "Commands", "远程命令"),
            (UiString.RunSelfTest, "Run self-test", "运行自检"),
            (UiString.AllChecks, "All checks", "全部检查项"),
            (UiString.FetchLog, "Fetch log excerpt", "获取日志摘录"),
            (UiString.LogCount, "Entries (1–50)", "条数(1–50)"),
            (UiString.SetParameters, "Set parameters", "设置参数"),
            (UiString.SendParameters, "Send parameters", "发送参数"),
            (UiString.LeaveEmpty, "Empty fields stay as they are on the terminal.", "留空的项在终端上保持不变。"),
            (UiString.Unchanged, "unchanged", "不修改"),
            (UiString.On, "on", "开启"),
            (UiString.Off, "off", "关闭"),
            (UiString.ShowMessage, "Show message", "显示消息"),
            (UiString.MessageText, "Message (at most 120 characters)", "消息(最多120字)"),
            (UiString.Seconds, "Seconds (optional)", "秒数(可选)"),
            (UiString.FirmwareNotice, "Firmware update notice", "固件更新通知"),
            (UiString.Version, "Version", "版本"),
            (UiString.Note, "Note (optional)", "说明(可选)"),
            (UiString.Send, "Send", "发送"),
            (UiString.Acks, "Commands and acknowledgements", "命令与回执"),
            (UiString.Seq, "Seq", "序号"),
            (UiString.Command, "Command", "命令"),
            (UiString.Reason, "Reason", "原因"),
            (UiString.Waiting, "waiting", "等待回执"),
            (UiString.NotSent, "not sent", "未发出"),
            (UiString.LogExcerpt, "Log excerpt", "日志摘录"),
            (UiString.Chain, "Audit chain", "审计链"),
            (UiString.NoLog, "No log excerpt yet.", "尚无日志摘录。"),
            (UiString.OtherEvents, "Other events", "其他事件"),
            (UiString.Type, "Type", "类型"),
            (UiString.Detail, "Detail", "详情"),
            (UiString.ViewNetwork, "Repeated network failures (24 h)", "网络反复故障(24小时)"),
            (UiString.OfflinePeriods, "Offline periods", "脱机次数"),
            (UiString.NetworkDeclines, "Network declines", "网络原因拒绝"),
            (UiString.FailedChecks, "Failed network checks", "网络检查失败"),
            (UiString.ViewFirmware, "Outdated firmware", "固件过旧"),
            (UiString.Target, "Should run", "应为"),
            (UiString.ViewQueues, "Growing offline queues", "离线队列持续增长"),
            (UiString.Depths, "Queue depths, oldest first", "队列深度(由旧到新)"),
            (UiString.NoneFound, "None.", "无。"),
            (UiString.NoneYet, "Nothing yet.", "暂无。"),
            (UiString.CommandSent, "Command sent, seq", "命令已发出，序号"),
            (UiString.CommandNotSent, "Command not sent", "命令未发出"),
            (UiString.UnknownTerminal, "Unknown terminal", "未知终端"),
            (UiString.Language, "Language", "语言"),
            (UiString.FleetViews, "Fleet views", "重点关注"),
        };

        // Parameter name, en-US, zh-CN.
        private static readonly (string Name, string En, string Zh)[] Parameters =
        {
            ("host", "Host address", "主机地址"),
            ("port", "Host port", "主机端口"),
            ("offline.enabled", "Offline sales", "离线交易"),
            ("offline.limit", "Offline limit per sale (fen)", "单笔离线限额(分)"),
            ("offline.cap", "Offline total (fen)", "离线累计上限(分)"),
            ("offline.count", "Offline sales at most", "离线笔数上限"),
            ("merchant.name", "Merchant name", "商户名称"),
            ("limit.sale", "Sale limit (fen)", "单笔消费限额(分)"),
            ("limit.daily", "Daily limit (fen)", "每日限额(分)"),
            ("limit.refund", "Refund limit (fen)", "单笔退货限额(分)"),
        };

        private static readonly Dictionary<UiString, (string En, string Zh)> ById = Rows.ToDictionary(r => r.Id, r => (r.En, r.Zh));

        /// <summary>The text of <paramref name="id"/> in <paramref name="locale"/> (Pos.Core.Localization.Locale).</summary>
        public static string Get(int locale, UiString id)
        {
            (string en, string zh) = ById[id];
            return locale == Locale.ZhCn ? zh : en;
        }

        /// <summary>The label of a <c>set</c> parameter; its name when it has none.</summary>
        public static string Parameter(int locale, string name)
        {
            foreach ((string n, string en, string zh) in Parameters)
            {
                if (n == name)
                {
                    return locale == Locale.ZhCn ? zh : en;
                }
            }

            return name;
        }
    }
}
