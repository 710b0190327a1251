namespace Pos.Core.Staff
{
    /// <summary>Who may carry out an <see cref="OperatorAction"/> (<see cref="OperatorRoles.Table"/>).</summary>
    public enum OperatorRole
    {
        /// <summary>Any signed-on operator (a cashier or the supervisor).</summary>
        AnyOperator = 0,
        /// <summary>The supervisor's password, asked at the moment of the action unless the supervisor is signed on.</summary>
        Supervisor = 1,
    }
}
