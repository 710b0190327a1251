using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Pos.Analyzers
{
    /// <summary>
    /// NF1019 for one type T: the code that runs while T initialises its statics (its static field and property
    /// initializers, its static constructor, and the members of T they call, transitively) must not read a static field
    /// or property of another type. nanoCLR runs every type's static initializer eagerly at start-up in an order that
    /// ignores dependencies (nanoframework/Home#1156), so such a read can see null or 0 on the device; even
    /// <c>string.Empty</c> is still null then. Calls into other types are not followed (docs/SUBSET.md says what that misses).
    /// </summary>
    internal sealed class StaticInitializerReads
    {
        private readonly INamedTypeSymbol _type;

        // Every operation block of T's own members, by owning symbol (a field or property for an initializer, a method
        // for a body). Filled concurrently by the operation block actions, read once at the symbol end.
        private readonly ConcurrentDictionary<ISymbol, ConcurrentBag<IOperation>> _blocks =
            new ConcurrentDictionary<ISymbol, ConcurrentBag<IOperation>>(SymbolEqualityComparer.Default);

        private StaticInitializerReads(INamedTypeSymbol type)
        {
            _type = type;
        }

        /// <summary>The symbol start action: only types that have static initialization are followed.</summary>
        public static void Start(SymbolStartAnalysisContext ctx)
        {
            var type = (INamedTypeSymbol)ctx.Symbol;

            // Roslyn lists an implicit static constructor when a type has static field or property initializers.
            if (type.StaticConstructors.IsEmpty || type.TypeKind == TypeKind.Enum)
            {
                return;
            }

            var reads = new StaticInitializerReads(type);
            ctx.RegisterOperationBlockAction(reads.Collect);
            ctx.RegisterSymbolEndAction(reads.Report);
        }

        private void Collect(OperationBlockAnalysisContext ctx)
        {
            ISymbol owner = ctx.OwningSymbol;

            // A nested type's members are in this scope as well; they belong to their own type's analysis.
            if (!SameType(owner.ContainingType))
            {
                return;
            }

            ConcurrentBag<IOperation> bag = _blocks.GetOrAdd(owner, _ => new ConcurrentBag<IOperation>());
            foreach (IOperation block in ctx.OperationBlocks)
            {
                bag.Add(block);
            }
        }

        private void Report(SymbolAnalysisContext ctx)
        {
            var pending = new Queue<ISymbol>();
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            // The roots: static initializers (owned by the static field or property) and the static constructor.
            foreach (ISymbol owner in _blocks.Keys)
            {
                if (IsStaticInitialization(owner) && seen.Add(owner))
                {
                    pending.Enqueue(owner);
                }
            }

            var reported = new HashSet<SyntaxNode>();
            while (pending.Count > 0)
            {
                ISymbol member = pending.Dequeue();
                if (!_blocks.TryGetValue(member, out ConcurrentBag<IOperation> bag))
                {
                    continue;
                }

                foreach (IOperation block in bag)
                {
                    Walk(ctx, block, member, pending, seen, reported);
                }
            }
        }

        private void Walk(SymbolAnalysisContext ctx, IOperation operation, ISymbol member, Queue<ISymbol> pending,
            HashSet<ISymbol> seen, HashSet<SyntaxNode> reported)
        {
            // A lambda's body runs when the delegate is called, not while the statics are initialised.
            if (operation is IAnonymousFunctionOperation)
            {
                return;
            }

            switch (operation)
            {
                case IFieldReferenceOperation field when field.Field.IsStatic && !field.Field.IsConst:
                    if (!SameType(field.Field.ContainingType) && !IsWrittenOnly(field) && reported.Add(field.Syntax))
                    {
                        ReportRead(ctx, field, "field", field.Field, member);
                    }

                    break;
                case IPropertyReferenceOperation property:
                    if (SameType(property.Property.ContainingType))
                    {
                        Follow(property.Property.GetMethod, pending, seen);
                        Follow(property.Property.SetMethod, pending, seen);
                    }
                    else if (property.Property.IsStatic && !IsWrittenOnly(property) && reported.Add(property.Syntax))
                    {
                        ReportRead(ctx, property, "property", property.Property, member);
                    }

                    break;
                case IInvocationOperation call:
                    Follow(call.TargetMethod, pending, seen);
                    break;
                case IObjectCreationOperation creation when creation.Constructor != null && SameType(creation.Constructor.ContainingType):
                    // A constructor of T runs T's instance field initializers too.
                    Follow(creation.Constructor, pending, seen);
                    foreach (ISymbol owner in _blocks.Keys)
                    {
                        if (!owner.IsStatic && (owner.Kind == SymbolKind.Field || owner.Kind == SymbolKind.Property))
                        {
                            Follow(owner, pending, seen);
                        }
                    }

                    break;
                case IBinaryOperation binary:
                    Follow(binary.OperatorMethod, pending, seen);
                    break;
                case IUnaryOperation unary:
                    Follow(unary.OperatorMethod, pending, seen);
                    break;
                case IConversionOperation conversion:
                    Follow(conversion.OperatorMethod, pending, seen);
                    break;
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                Walk(ctx, child, member, pending, seen, reported);
            }
        }

        // Follows a member of T itself (methods, accessors, constructors, operators); other types' members are not followed.
        private void Follow(ISymbol target, Queue<ISymbol> pending, HashSet<ISymbol> seen)
        {
            if (target == null || !SameType(target.ContainingType))
            {
                return;
            }

            target = target.OriginalDefinition;
            if (target is IMethodSymbol method && method.PartialImplementationPart != null)
            {
                target = method.PartialImplementationPart;
            }

            if (seen.Add(target))
            {
                pending.Enqueue(target);
            }
        }

        private void ReportRead(SymbolAnalysisContext ctx, IOperation read, string kind, ISymbol target, ISymbol member)
        {
            string where = IsStaticInitialization(member) ? "" : " (in " + NameOf(member) + ", called from there)";
            ctx.ReportDiagnostic(Diagnostic.Create(SubsetRules.StaticInitializerRead, read.Syntax.GetLocation(),
                read.Syntax.ToString(), kind, target.ContainingType.Name + "." + target.Name, _type.Name, where));
        }

        private static string NameOf(ISymbol member)
        {
            if (member is IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.Constructor)
                {
                    return "the constructor";
                }

                return method.AssociatedSymbol != null ? method.AssociatedSymbol.Name : method.Name;
            }

            // An instance field or property initializer, run by the constructor.
            return "the initializer of " + member.Name;
        }

        private static bool IsStaticInitialization(ISymbol owner)
        {
            if (!owner.IsStatic)
            {
                return false;
            }

            return owner.Kind == SymbolKind.Field || owner.Kind == SymbolKind.Property
                || (owner is IMethodSymbol method && method.MethodKind == MethodKind.StaticConstructor);
        }

        private bool SameType(INamedTypeSymbol type)
        {
            return type != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _type.OriginalDefinition);
        }

        // The target of a plain assignment is written, not read; a compound assignment or ++ reads it as well.
        private static bool IsWrittenOnly(IOperation reference)
        {
            return reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;
        }
    }
}
