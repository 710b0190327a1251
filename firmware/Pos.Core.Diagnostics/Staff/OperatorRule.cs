namespace Pos.Core.Staff
{
    /// <summary>One row of <see cref="OperatorRoles.Table"/>: an action, the role it needs, its audit name, its screen name and its function-menu key.</summary>
    public sealed class OperatorRule
    {
        /// <summary>Creates a row.</summary>
        public OperatorRule(OperatorAction action, OperatorRole role, string name, int titleKey, int functionKey)
        {
            Action = action;
            Role = role;
            Name = name;
            TitleKey = titleKey;
            FunctionKey = functionKey;
        }

        /// <summary>The action.</summary>
        public OperatorAction Action { get; }

        /// <summary>Who may carry it out.</summary>
        public OperatorRole Role { get; }

        /// <summary>Its name in the audit trail ("void").</summary>
        public string Name { get; }

        /// <summary>Its name on the supervisor prompt (a catalog key).</summary>
        public int TitleKey { get; }

        /// <summary>The digit that starts it in the transaction machine's function menu (1–5), or -1.</summary>
        public int FunctionKey { get; }
    }
}
