using Pos.Core.Events;
using Pos.Core.Printing;
using Pos.Core.Simulation;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Printing
{
    [TestClass]
    public class PrinterPortTests
    {
        private sealed class Owner : IEventHandler
        {
            public void Handle(Event e)
            {
            }
        }

        [TestMethod]
        public void An_answer_is_posted_to_the_part_that_asked_with_the_lines_printed()
        {
            EventQueue queue = new EventQueue(8);
            SimulatedPrinter printer = new SimulatedPrinter(384);
            PrinterPort port = new PrinterPort(printer, queue);
            Owner owner = new Owner();
            printer.LoadPaper(3);

            Assert.IsTrue(port.Print(owner, new byte[48 * 5], 0, 5));
            Event e = queue.TryTake();
            Assert.AreEqual((int)Signal.PrinterCompleted, (int)e.Signal);
            Assert.IsTrue(e.Target == owner);
            PrinterOutcome outcome = (PrinterOutcome)e.Data;
            Assert.AreEqual(3, outcome.Lines, "the roll held three lines");
            Assert.AreEqual((int)PrinterStatus.PaperOut, (int)outcome.Status);
            Assert.AreEqual((int)PrinterRequest.Lines, (int)outcome.Request);
            Assert.AreEqual((int)PrinterStatus.PaperOut, (int)port.LastStatus);
            Assert.IsTrue(port.StatusKnown);
            Assert.IsFalse(port.IsBusy);
        }

        [TestMethod]
        public void A_second_request_while_one_is_out_is_refused_not_thrown()
        {
            EventQueue queue = new EventQueue(8);
            SimulatedPrinter printer = new SimulatedPrinter(384);
            PrinterPort port = new PrinterPort(printer, queue);
            printer.Hold = true;
            Owner spooler = new Owner();
            Owner check = new Owner();

            Assert.IsTrue(port.Print(spooler, new byte[48], 0, 1));
            Assert.IsTrue(port.IsBusy);
            Assert.IsFalse(port.Query(check), "the check waits its turn");
            Assert.AreEqual(0, queue.Count);
            Assert.IsTrue(printer.Release());
            Assert.IsTrue(queue.TryTake().Target == spooler);
            Assert.IsTrue(port.Query(check));
            Assert.IsTrue(printer.Release());
            Event answer = queue.TryTake();
            Assert.IsTrue(answer.Target == check);
            Assert.AreEqual((int)PrinterRequest.Status, (int)((PrinterOutcome)answer.Data).Request);
            Assert.AreEqual(1, printer.Queries);
        }

        [TestMethod]
        public void An_abandoned_request_frees_the_port_and_its_late_answer_is_ignored()
        {
            EventQueue queue = new EventQueue(8);
            SimulatedPrinter printer = new SimulatedPrinter(384);
            PrinterPort port = new PrinterPort(printer, queue);
            Owner spooler = new Owner();
            Owner check = new Owner();
            printer.Hold = true;
            Assert.IsTrue(port.Query(check));
            Assert.IsFalse(port.Abandon(spooler), "only the part that asked gives it up");
            Assert.IsTrue(port.Abandon(check));
            Assert.IsFalse(port.IsBusy);
            Assert.AreEqual((int)PrinterStatus.Offline, (int)port.LastStatus, "a printer that does not answer is offline");

            printer.Hold = false;
            Assert.IsTrue(printer.Release());
            Assert.AreEqual(0, queue.Count, "the late answer reaches nobody");
            Assert.IsTrue(port.Print(spooler, new byte[48], 0, 1));
            Assert.IsTrue(queue.TryTake().Target == spooler);
        }

        [TestMethod]
        public void An_answer_to_no_request_of_the_port_is_ignored()
        {
            EventQueue queue = new EventQueue(8);
            SimulatedPrinter printer = new SimulatedPrinter(384);
            PrinterPort port = new PrinterPort(printer, queue);
            printer.QueryStatus(99); // someone else's request on the same seam
            Assert.AreEqual(0, queue.Count);
            Assert.IsFalse(port.StatusKnown);
        }
    }
}
