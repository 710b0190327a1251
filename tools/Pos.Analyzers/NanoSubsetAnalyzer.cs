using System.Linq;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Pos.Analyzers
{
    /// <summary>
    /// Reports the language constructs that compile for .NET but fail on nanoFramework 1.x (see <see cref="SubsetRules"/>).
    /// Missing BCL members are the BannedApiAnalyzers' job (build/BannedSymbols.txt).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NanoSubsetAnalyzer : DiagnosticAnalyzer
    {
        // nanoFramework supports the standard specifiers D, F, G, N and X with an optional precision, nothing custom.
        private static readonly Regex StandardNumericFormat = new Regex("^[DdFfGgNnXx][0-9]{0,2}$", RegexOptions.CultureInvariant);

        // nanoFramework's DateTime covers 1601-01-01 to 3000-12-31 23:59:59.9999999 (CoreLibrary's MinTicks/MaxTicks);
        // the constructors throw ArgumentOutOfRangeException outside it.
        private const int FirstYear = 1601;
        private const int LastYear = 3000;
        private const long FirstTicks = 504911232000000000;
        private const long LastTicks = 946708127999999999;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(SubsetRules.All);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();

            context.RegisterSyntaxNodeAction(
                AnalyzeTypeParameterList,
                SyntaxKind.TypeParameterList);
            context.RegisterSyntaxNodeAction(AnalyzeGenericName, SyntaxKind.GenericName);
            context.RegisterSyntaxNodeAction(AnalyzeAsyncModifierOwner,
                SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement,
                SyntaxKind.SimpleLambdaExpression, SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.AnonymousMethodExpression);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.Async, ctx.Node, "await"), SyntaxKind.AwaitExpression);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.Linq, ctx.Node, "query expression"), SyntaxKind.QueryExpression);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.Iterator, ctx.Node, "yield"),
                SyntaxKind.YieldReturnStatement, SyntaxKind.YieldBreakStatement);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.Tuple, ctx.Node, ctx.Node.ToString()),
                SyntaxKind.TupleType, SyntaxKind.TupleExpression, SyntaxKind.ParenthesizedVariableDesignation);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.Record, ctx.Node, ((RecordDeclarationSyntax)ctx.Node).Identifier.Text),
                SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzePredefinedType, SyntaxKind.PredefinedType);
            context.RegisterSyntaxNodeAction(AnalyzeIdentifier, SyntaxKind.IdentifierName);
            context.RegisterSyntaxNodeAction(AnalyzeNullableType, SyntaxKind.NullableType);
            context.RegisterSyntaxNodeAction(AnalyzeArrayRank, SyntaxKind.ArrayRankSpecifier);
            context.RegisterSyntaxNodeAction(AnalyzeInterface, SyntaxKind.InterfaceDeclaration);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.Unsafe, ctx.Node, ctx.Node.ToString()),
                SyntaxKind.PointerType, SyntaxKind.FunctionPointerType, SyntaxKind.StackAllocArrayCreationExpression,
                SyntaxKind.ImplicitStackAllocArrayCreationExpression, SyntaxKind.FixedStatement, SyntaxKind.UnsafeStatement,
                SyntaxKind.AddressOfExpression, SyntaxKind.PointerIndirectionExpression, SyntaxKind.PointerMemberAccessExpression);

            context.RegisterSyntaxNodeAction(AnalyzeCatch, SyntaxKind.CatchDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzeSwitchSize, SyntaxKind.SwitchStatement, SyntaxKind.SwitchExpression);
            context.RegisterSyntaxNodeAction(ctx => Report(ctx, SubsetRules.ExceptionFilter, ctx.Node, ctx.Node.ToString()), SyntaxKind.CatchFilterClause);

            context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
            context.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
            context.RegisterOperationAction(AnalyzeVariableDeclarator, OperationKind.VariableDeclarator);
            context.RegisterOperationAction(AnalyzeInterpolation, OperationKind.Interpolation);
            context.RegisterOperationAction(AnalyzeBinary, OperationKind.Binary);
            context.RegisterOperationAction(AnalyzeDateTimeCreation, OperationKind.ObjectCreation);
            context.RegisterOperationAction(AnalyzeFieldReference, OperationKind.FieldReference);
            context.RegisterOperationAction(AnalyzeNullPattern, OperationKind.IsPattern);
            context.RegisterOperationAction(
                ctx => ReportIfStringSlot(ctx, ((ICoalesceOperation)ctx.Operation).Value, ctx.Operation.Syntax), OperationKind.Coalesce);
            context.RegisterOperationAction(
                ctx => ReportIfStringSlot(ctx, ((ICoalesceAssignmentOperation)ctx.Operation).Target, ctx.Operation.Syntax), OperationKind.CoalesceAssignment);
            context.RegisterOperationAction(
                ctx => ReportIfStringSlot(ctx, ((IConditionalAccessOperation)ctx.Operation).Operation, ctx.Operation.Syntax), OperationKind.ConditionalAccess);

            // NF1019 needs a whole type at once: what its static initialization reaches through its own members.
            context.RegisterSymbolStartAction(StaticInitializerReads.Start, SymbolKind.NamedType);
        }

        private static void AnalyzeTypeParameterList(SyntaxNodeAnalysisContext ctx)
        {
            SyntaxNode owner = ctx.Node.Parent;
            string name = owner switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.Text,
                MethodDeclarationSyntax m => m.Identifier.Text,
                DelegateDeclarationSyntax d => d.Identifier.Text,
                LocalFunctionStatementSyntax f => f.Identifier.Text,
                _ => owner?.ToString() ?? "?",
            };
            Report(ctx, SubsetRules.GenericDeclaration, ctx.Node, name);
        }

        private static void AnalyzeGenericName(SyntaxNodeAnalysisContext ctx)
        {
            var node = (GenericNameSyntax)ctx.Node;
            ISymbol symbol = ctx.SemanticModel.GetSymbolInfo(node, ctx.CancellationToken).Symbol;
            if (symbol is INamedTypeSymbol type && IsUnsafeMemoryType(type))
            {
                Report(ctx, SubsetRules.Unsafe, node, node.ToString());
            }
            else if (symbol is INamedTypeSymbol nullable && nullable.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                Report(ctx, SubsetRules.NullableValueType, node, node.ToString());
            }
            else if (symbol is IMethodSymbol method && IsLinq(method))
            {
                Report(ctx, SubsetRules.Linq, node, node.ToString());
            }
            else
            {
                Report(ctx, SubsetRules.GenericUse, node, node.ToString());
            }
        }

        private static void AnalyzeAsyncModifierOwner(SyntaxNodeAnalysisContext ctx)
        {
            SyntaxTokenList modifiers = ctx.Node switch
            {
                MethodDeclarationSyntax m => m.Modifiers,
                LocalFunctionStatementSyntax f => f.Modifiers,
                AnonymousFunctionExpressionSyntax l => l.Modifiers,
                _ => default,
            };
            foreach (SyntaxToken modifier in modifiers)
            {
                if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(SubsetRules.Async, modifier.GetLocation(), "async"));
                }
            }
        }

        private static void AnalyzePredefinedType(SyntaxNodeAnalysisContext ctx)
        {
            var node = (PredefinedTypeSyntax)ctx.Node;
            if (node.Keyword.IsKind(SyntaxKind.DecimalKeyword))
            {
                Report(ctx, SubsetRules.Decimal, node, "decimal");
            }
        }

        private static void AnalyzeIdentifier(SyntaxNodeAnalysisContext ctx)
        {
            var node = (IdentifierNameSyntax)ctx.Node;
            string text = node.Identifier.ValueText;
            if (text != "dynamic" && text != "Decimal")
            {
                return;
            }

            ISymbol symbol = ctx.SemanticModel.GetSymbolInfo(node, ctx.CancellationToken).Symbol;
            if (symbol is IDynamicTypeSymbol)
            {
                Report(ctx, SubsetRules.Dynamic, node, "dynamic");
            }
            else if (symbol is ITypeSymbol t && t.SpecialType == SpecialType.System_Decimal)
            {
                Report(ctx, SubsetRules.Decimal, node, "Decimal");
            }
        }

        private static void AnalyzeNullableType(SyntaxNodeAnalysisContext ctx)
        {
            var node = (NullableTypeSyntax)ctx.Node;
            ITypeSymbol type = ctx.SemanticModel.GetTypeInfo(node.ElementType, ctx.CancellationToken).Type;
            if (type != null && type.IsValueType)
            {
                Report(ctx, SubsetRules.NullableValueType, node, node.ToString());
            }
        }

        private static void AnalyzeArrayRank(SyntaxNodeAnalysisContext ctx)
        {
            var node = (ArrayRankSpecifierSyntax)ctx.Node;
            if (node.Rank > 1)
            {
                Report(ctx, SubsetRules.MultidimensionalArray, node.Parent ?? node, (node.Parent ?? node).ToString());
            }
        }

        private static void AnalyzeInterface(SyntaxNodeAnalysisContext ctx)
        {
            var node = (InterfaceDeclarationSyntax)ctx.Node;
            foreach (MemberDeclarationSyntax member in node.Members)
            {
                bool hasBody = member switch
                {
                    MethodDeclarationSyntax m => m.Body != null || m.ExpressionBody != null,
                    BasePropertyDeclarationSyntax p => HasAccessorBody(p),
                    OperatorDeclarationSyntax o => o.Body != null || o.ExpressionBody != null,
                    _ => false,
                };
                if (hasBody)
                {
                    Report(ctx, SubsetRules.DefaultInterfaceMember, member, node.Identifier.Text + " member");
                }
            }
        }

        private static bool HasAccessorBody(BasePropertyDeclarationSyntax property)
        {
            if (property is PropertyDeclarationSyntax p && p.ExpressionBody != null)
            {
                return true;
            }

            if (property is IndexerDeclarationSyntax i && i.ExpressionBody != null)
            {
                return true;
            }

            if (property.AccessorList == null)
            {
                return false;
            }

            foreach (AccessorDeclarationSyntax accessor in property.AccessorList.Accessors)
            {
                if (accessor.Body != null || accessor.ExpressionBody != null)
                {
                    return true;
                }
            }

            return false;
        }

        // A switch with more than 255 labels may compile to one IL switch of that many targets (dense values), which
        // nanoCLR cannot execute; counting labels is the simple, safe bound.
        private static void AnalyzeSwitchSize(SyntaxNodeAnalysisContext context)
        {
            int labels = context.Node is SwitchStatementSyntax statement
                ? statement.Sections.Sum(section => section.Labels.Count(l => !l.IsKind(SyntaxKind.DefaultSwitchLabel)))
                : ((SwitchExpressionSyntax)context.Node).Arms.Count;
            if (labels > 255)
            {
                var where = context.Node is SwitchStatementSyntax s ? s.SwitchKeyword.GetLocation() : ((SwitchExpressionSyntax)context.Node).SwitchKeyword.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(SubsetRules.LargeSwitch, where, "switch", labels));
            }
        }

        private static void AnalyzeCatch(SyntaxNodeAnalysisContext ctx)
        {
            var node = (CatchDeclarationSyntax)ctx.Node;
            ITypeSymbol type = ctx.SemanticModel.GetTypeInfo(node.Type, ctx.CancellationToken).Type;
            if (type != null && type.ToDisplayString() == "System.OverflowException")
            {
                Report(ctx, SubsetRules.OverflowCatch, node, node.ToString());
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext ctx)
        {
            var invocation = (IInvocationOperation)ctx.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            bool explicitTypeArguments = MethodNameSyntax(invocation.Syntax) is GenericNameSyntax;

            if (IsLinq(method))
            {
                if (!explicitTypeArguments)
                {
                    Report(ctx, SubsetRules.Linq, invocation.Syntax, method.Name);
                }

                return;
            }

            // Type arguments the compiler inferred: Array.IndexOf(array, x) binds to IndexOf<T> on .NET.
            if (method.IsGenericMethod && !explicitTypeArguments)
            {
                Report(ctx, SubsetRules.GenericUse, invocation.Syntax, method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
                return;
            }

            // A non-generic call that hands back a generic type (string.AsSpan(), dictionary.Keys ...).
            if (method.ReturnType is INamedTypeSymbol returned && returned.IsGenericType && !explicitTypeArguments)
            {
                DiagnosticDescriptor rule = IsUnsafeMemoryType(returned) ? SubsetRules.Unsafe : SubsetRules.GenericUse;
                Report(ctx, rule, invocation.Syntax, returned.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
                return;
            }

            // Custom numeric formats in value.ToString("0.00").
            if (method.Name == "ToString" && method.ContainingType != null && IsNumeric(method.ContainingType.SpecialType)
                && invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue.HasValue
                && invocation.Arguments[0].Value.ConstantValue.Value is string format && !IsStandardFormat(format))
            {
                Report(ctx, SubsetRules.CustomFormat, invocation.Syntax, format);
            }

            // enumValue.ToString() is banned as an API (RS0030); nothing more to do here.
        }

        private static void AnalyzeLiteral(OperationAnalysisContext ctx)
        {
            if (ctx.Operation.Type != null && ctx.Operation.Type.SpecialType == SpecialType.System_Decimal)
            {
                Report(ctx, SubsetRules.Decimal, ctx.Operation.Syntax, ctx.Operation.Syntax.ToString());
            }
        }

        private static void AnalyzeVariableDeclarator(OperationAnalysisContext ctx)
        {
            // Only implicitly typed locals: an explicit type is already checked where it is written.
            var declarator = (IVariableDeclaratorOperation)ctx.Operation;
            if (!(declarator.Syntax.Parent is VariableDeclarationSyntax declaration) || !declaration.Type.IsVar)
            {
                return;
            }

            ITypeSymbol type = declarator.Symbol.Type;
            string name = declarator.Symbol.Name;
            if (type.SpecialType == SpecialType.System_Decimal)
            {
                Report(ctx, SubsetRules.Decimal, declarator.Syntax, name);
            }
            else if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                Report(ctx, SubsetRules.NullableValueType, declarator.Syntax, name);
            }
            else if (type is INamedTypeSymbol tuple && tuple.IsTupleType)
            {
                Report(ctx, SubsetRules.Tuple, declarator.Syntax, name);
            }
            else if (type is IArrayTypeSymbol array && array.Rank > 1)
            {
                Report(ctx, SubsetRules.MultidimensionalArray, declarator.Syntax, name);
            }
        }

        private static void AnalyzeInterpolation(OperationAnalysisContext ctx)
        {
            var hole = (IInterpolationOperation)ctx.Operation;
            ITypeSymbol valueType = hole.Expression.Type;
            if (valueType != null && valueType.TypeKind == TypeKind.Enum)
            {
                Report(ctx, SubsetRules.EnumFormatting, hole.Syntax, hole.Syntax.ToString());
            }

            if (valueType != null && IsNumeric(valueType.SpecialType)
                && hole.FormatString != null && hole.FormatString.ConstantValue.HasValue
                && hole.FormatString.ConstantValue.Value is string format && !IsStandardFormat(format))
            {
                Report(ctx, SubsetRules.CustomFormat, hole.Syntax, format);
            }
        }

        private static void AnalyzeBinary(OperationAnalysisContext ctx)
        {
            var binary = (IBinaryOperation)ctx.Operation;
            if (binary.OperatorKind == BinaryOperatorKind.Equals || binary.OperatorKind == BinaryOperatorKind.NotEquals)
            {
                if (IsNullConstant(binary.RightOperand))
                {
                    ReportIfStringSlot(ctx, binary.LeftOperand, binary.Syntax);
                }
                else if (IsNullConstant(binary.LeftOperand))
                {
                    ReportIfStringSlot(ctx, binary.RightOperand, binary.Syntax);
                }

                return;
            }

            if (binary.OperatorKind != BinaryOperatorKind.Add || binary.Type == null || binary.Type.SpecialType != SpecialType.System_String)
            {
                return;
            }

            if (IsEnumOperand(binary.LeftOperand) || IsEnumOperand(binary.RightOperand))
            {
                Report(ctx, SubsetRules.EnumFormatting, binary.Syntax, binary.Syntax.ToString());
            }
        }

        private static void AnalyzeDateTimeCreation(OperationAnalysisContext ctx)
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Constructor == null || creation.Constructor.ContainingType.SpecialType != SpecialType.System_DateTime)
            {
                return;
            }

            // Only constants: a computed date is the code's to clamp (a run-time range check is not a subset rule).
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter == null || !argument.Value.ConstantValue.HasValue)
                {
                    continue;
                }

                object value = argument.Value.ConstantValue.Value;
                bool outside = (argument.Parameter.Name == "year" && value is int year && (year < FirstYear || year > LastYear))
                    || (argument.Parameter.Name == "ticks" && value is long ticks && (ticks < FirstTicks || ticks > LastTicks));
                if (outside)
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(SubsetRules.DateOutOfRange, creation.Syntax.GetLocation(), creation.Syntax.ToString(),
                        "is outside the years 1601-3000 nanoFramework's DateTime covers; it throws ArgumentOutOfRangeException there"));
                    return;
                }
            }
        }

        private static void AnalyzeFieldReference(OperationAnalysisContext ctx)
        {
            // DateTime.MinValue/MaxValue do not throw on the device, but they are other dates there (1601/3000, not
            // 0001/9999): their Ticks, Year, text and any sentinel stored from them differ between host and device.
            IFieldSymbol field = ((IFieldReferenceOperation)ctx.Operation).Field;
            if (field.ContainingType.SpecialType == SpecialType.System_DateTime && (field.Name == "MinValue" || field.Name == "MaxValue"))
            {
                string where = field.Name == "MinValue" ? "1601-01-01 on the device and 0001-01-01 on .NET" : "3000-12-31 on the device and 9999-12-31 on .NET";
                ctx.ReportDiagnostic(Diagnostic.Create(SubsetRules.DateOutOfRange, ctx.Operation.Syntax.GetLocation(), ctx.Operation.Syntax.ToString(),
                    "is " + where + ", so its Ticks, Year, text and any sentinel stored from it differ between the targets"));
            }
        }

        private static void AnalyzeNullPattern(OperationAnalysisContext ctx)
        {
            var test = (IIsPatternOperation)ctx.Operation;
            IPatternOperation pattern = test.Pattern;
            if (pattern is INegatedPatternOperation negated)
            {
                pattern = negated.Pattern;
            }

            if (pattern is IConstantPatternOperation constant && IsNullConstant(constant.Value))
            {
                ReportIfStringSlot(ctx, test.Value, test.Syntax);
            }
        }

        // An element of a string[] tested for null: on the device a slot never written reads as neither null nor a string.
        private static void ReportIfStringSlot(OperationAnalysisContext ctx, IOperation operand, SyntaxNode where)
        {
            while (operand is IConversionOperation conversion)
            {
                operand = conversion.Operand;
            }

            if (operand is IArrayElementReferenceOperation element
                && element.ArrayReference.Type is IArrayTypeSymbol array
                && array.ElementType.SpecialType == SpecialType.System_String)
            {
                Report(ctx, SubsetRules.StringArrayNullTest, where, where.ToString());
            }
        }

        private static bool IsNullConstant(IOperation operand)
        {
            while (operand is IConversionOperation conversion)
            {
                operand = conversion.Operand;
            }

            return operand.ConstantValue.HasValue && operand.ConstantValue.Value == null;
        }

        private static bool IsEnumOperand(IOperation operand)
        {
            while (operand is IConversionOperation conversion)
            {
                operand = conversion.Operand;
            }

            return operand.Type != null && operand.Type.TypeKind == TypeKind.Enum;
        }

        private static SyntaxNode MethodNameSyntax(SyntaxNode invocationSyntax)
        {
            if (!(invocationSyntax is InvocationExpressionSyntax invocation))
            {
                return null;
            }

            return invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name,
                MemberBindingExpressionSyntax binding => binding.Name,
                _ => invocation.Expression,
            };
        }

        private static bool IsLinq(IMethodSymbol method)
        {
            INamespaceSymbol ns = method.ContainingNamespace;
            return ns != null && ns.ToDisplayString() == "System.Linq";
        }

        private static bool IsUnsafeMemoryType(INamedTypeSymbol type)
        {
            string name = type.OriginalDefinition.ToDisplayString();
            return name == "System.Span<T>" || name == "System.ReadOnlySpan<T>" || name == "System.Memory<T>" || name == "System.ReadOnlyMemory<T>";
        }

        private static bool IsNumeric(SpecialType type)
        {
            switch (type)
            {
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsStandardFormat(string format)
        {
            return StandardNumericFormat.IsMatch(format);
        }

        private static void Report(SyntaxNodeAnalysisContext ctx, DiagnosticDescriptor rule, SyntaxNode node, string what)
        {
            ctx.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), what));
        }

        private static void Report(OperationAnalysisContext ctx, DiagnosticDescriptor rule, SyntaxNode node, string what)
        {
            ctx.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), what));
        }
    }
}
