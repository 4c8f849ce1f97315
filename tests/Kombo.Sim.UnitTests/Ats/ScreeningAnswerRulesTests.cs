using System.Text.Json;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.UnitTests.Ats;

public class ScreeningAnswerRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly QuestionOption Yes = new() { Id = "opt-yes", Name = "Yes" };
    private static readonly QuestionOption No = new() { Id = "opt-no", Name = "No" };

    [Test]
    public void Text_WithString_AnswersContent()
    {
        var question = Question(new QuestionFormat { Type = "TEXT" });

        var check = ScreeningAnswerRules.Check(question, Json("\"Because.\""), Now);

        check.Answer!.Answer.GetRawText().Should().Be("""{"content":"Because."}""");
        check.Answer.Question.Should().Be(new AnsweredQuestion { RemoteId = "r-q1", Title = "Question", Type = "TEXT" });
        check.Answer.QuestionId.Should().Be("q1");
    }

    [Test]
    public void Text_LongerThanMaxLength_IsRejected()
    {
        var question = Question(new QuestionFormat { Type = "TEXT", MaxLength = 3 });

        var check = ScreeningAnswerRules.Check(question, Json("\"four\""), Now);

        check.Answer.Should().BeNull();
        check.Error.Should().Contain("at most 3");
    }

    [TestCase("TEXT", "42")]
    [TestCase("BOOLEAN", "\"yes\"")]
    [TestCase("NUMBER", "\"3\"")]
    [TestCase("DATE", "\"next monday\"")]
    [TestCase("DATE", "20260101")]
    [TestCase("FILE", "\"cv.pdf\"")]
    [TestCase("MULTI_SELECT", "\"opt-yes\"")]
    public void WrongJsonType_IsRejectedNamingTheQuestionType(string type, string answer)
    {
        var question = Question(new QuestionFormat { Type = type, Options = [Yes, No] });

        var check = ScreeningAnswerRules.Check(question, Json(answer), Now);

        check.Answer.Should().BeNull();
        check.Error.Should().Contain($"is a {type} question");
    }

    [Test]
    public void SingleSelect_WithOptionId_AnswersTheOptionName()
    {
        var question = Question(new QuestionFormat { Type = "SINGLE_SELECT", Options = [Yes, No] });

        var check = ScreeningAnswerRules.Check(question, Json("\"opt-no\""), Now);

        check.Answer!.Answer.GetRawText().Should().Be("""{"choice":"No"}""");
    }

    [Test]
    public void SingleSelect_WithOptionName_IsRejectedListingTheOptionIds()
    {
        var question = Question(new QuestionFormat { Type = "SINGLE_SELECT", Options = [Yes, No] });

        var check = ScreeningAnswerRules.Check(question, Json("\"Yes\""), Now);

        check.Error.Should().Contain("opt-yes = Yes").And.Contain("opt-no = No");
    }

    [Test]
    public void MultiSelect_WithOptionIds_AnswersTheOptionNames()
    {
        var question = Question(new QuestionFormat { Type = "MULTI_SELECT", Options = [Yes, No] });

        var check = ScreeningAnswerRules.Check(question, Json("""["opt-no","opt-yes"]"""), Now);

        check.Answer!.Answer.GetRawText().Should().Be("""{"choices":["No","Yes"]}""");
    }

    [Test]
    public void MultiSelect_WithOneUnknownOption_IsRejected()
    {
        var question = Question(new QuestionFormat { Type = "MULTI_SELECT", Options = [Yes, No] });

        var check = ScreeningAnswerRules.Check(question, Json("""["opt-yes","opt-maybe"]"""), Now);

        check.Answer.Should().BeNull();
        check.Error.Should().NotBeNull();
    }

    [Test]
    public void Boolean_WithBoolean_AnswersChecked()
    {
        var question = Question(new QuestionFormat { Type = "BOOLEAN" });

        var check = ScreeningAnswerRules.Check(question, Json("false"), Now);

        check.Answer!.Answer.GetRawText().Should().Be("""{"checked":false}""");
    }

    [TestCase(5, true)]
    [TestCase(0, true)]
    [TestCase(10, true)]
    [TestCase(10.5, false)]
    [TestCase(-1, false)]
    public void Number_IsAcceptedOnlyWithinMinAndMax(double value, bool accepted)
    {
        var question = Question(new QuestionFormat { Type = "NUMBER", Min = 0, Max = 10 });

        var check = ScreeningAnswerRules.Check(question, Json(value.ToString(System.Globalization.CultureInfo.InvariantCulture)), Now);

        (check.Answer is not null).Should().Be(accepted, check.Error);
    }

    [TestCase("2026-01-31", "2026-01-31T00:00:00.000Z")]
    [TestCase("2026-01-31T12:30:00Z", "2026-01-31T12:30:00.000Z")]
    [TestCase("2026-01-31T12:30:00.250Z", "2026-01-31T12:30:00.250Z")]
    public void Date_WithIsoDate_AnswersAKomboTimestamp(string value, string expected)
    {
        var question = Question(new QuestionFormat { Type = "DATE" });

        var check = ScreeningAnswerRules.Check(question, Json($"\"{value}\""), Now);

        check.Answer!.Answer.GetProperty("date").GetString().Should().Be(expected);
    }

    [Test]
    public void File_WithFileObject_KeepsTheFile()
    {
        var question = Question(new QuestionFormat { Type = "FILE", AcceptedMimeTypes = ["application/pdf"] });

        var check = ScreeningAnswerRules.Check(question, Json("""{"name":"cv.pdf","content_type":"application/pdf","data":"SGk="}"""), Now);

        check.Answer!.File.Should().Be(new Kombo.Sim.Api.Domain.Common.StoredFile { Name = "cv.pdf", ContentType = "application/pdf", Data = "SGk=", ReceivedAt = Now });
        check.Answer.Question.Type.Should().Be("FILE");
    }

    [Test]
    public void File_OfAnotherMimeType_IsRejected()
    {
        var question = Question(new QuestionFormat { Type = "FILE", AcceptedMimeTypes = ["application/pdf"] });

        var check = ScreeningAnswerRules.Check(question, Json("""{"name":"cv.docx","content_type":"application/msword","data":"SGk="}"""), Now);

        check.Error.Should().Contain("application/pdf");
    }

    [Test]
    public void Information_IsSkippedWithAReason()
    {
        var question = Question(new QuestionFormat { Type = "INFORMATION" });

        var check = ScreeningAnswerRules.Check(question, Json("\"ok\""), Now);

        check.Answer.Should().BeNull();
        check.Error.Should().BeNull();
        check.Skipped.Should().Contain("INFORMATION");
    }

    [Test]
    public void QuestionWithoutFormat_KeepsTheRawAnswerAsUnknown()
    {
        var question = Question(null);

        var check = ScreeningAnswerRules.Check(question, Json("""{"anything":[1,2]}"""), Now);

        check.Answer!.Question.Type.Should().Be("UNKNOWN");
        check.Answer.Answer.GetRawText().Should().Be("""{"raw":{"anything":[1,2]}}""");
    }

    [Test]
    public void UnansweredRequired_ListsRequiredQuestionsWithoutPreconditionOnly()
    {
        var answered = Question(new QuestionFormat { Type = "TEXT" }) with { Id = "answered", Required = true };
        var missing = Question(new QuestionFormat { Type = "TEXT" }) with { Id = "missing", Required = true };
        var conditional = Question(new QuestionFormat { Type = "TEXT" }) with { Id = "conditional", Required = true, PreconditionQuestionId = "answered" };
        var optional = Question(new QuestionFormat { Type = "TEXT" }) with { Id = "optional", Required = false };

        var unanswered = ScreeningAnswerRules.UnansweredRequired([answered, missing, conditional, optional], new HashSet<string> { "answered" });

        unanswered.Select(q => q.Id).Should().Equal("missing");
    }

    private static ScreeningQuestion Question(QuestionFormat? format) =>
        new() { Id = "q1", RemoteId = "r-q1", Title = "Question", Format = format };

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
