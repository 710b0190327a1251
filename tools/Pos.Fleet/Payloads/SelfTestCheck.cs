namespace Pos.Fleet.Payloads
{
    /// <summary>One check of a self-test report: <c>{"id":"printer","s":"FAIL","val":"paper out (LPP)","list":"local.printer_paper_out"}</c>.</summary>
    public sealed class SelfTestCheck
    {
        /// <summary>The check's id (catalog entry <c>diag.&lt;id&gt;</c>).</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>PASS, WARN, FAIL or SKIP.</summary>
        public string S { get; init; } = string.Empty;

        /// <summary>The measured value as text.</summary>
        public string? Val { get; init; }

        /// <summary>The catalog entry of the checklist the terminal showed where it is not the check's own (<c>local.printer_paper_out</c>), or null.</summary>
        public string? List { get; init; }

        /// <summary>A local code whose checklist applies instead of the check's own (LPP), or null (an older form of <see cref="List"/>).</summary>
        public string? Code { get; init; }

        /// <summary>True unless the check passed.</summary>
        public bool IsProblem => S != "PASS";
    }
}
