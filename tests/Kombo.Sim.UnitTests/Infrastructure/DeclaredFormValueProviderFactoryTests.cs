using Kombo.Sim.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http;

namespace Kombo.Sim.UnitTests.Infrastructure;

/// <summary>
/// The form factories are skipped only where ASP.NET would not see a form either: a Content-Type that
/// <c>HasFormContentType</c> accepts passes the text check, and one it refuses (JSON above all) does not.
/// </summary>
public class DeclaredFormValueProviderFactoryTests
{
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("application/x-www-form-urlencoded; charset=utf-8")]
    [TestCase("APPLICATION/X-WWW-FORM-URLENCODED")]
    [TestCase("  application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data; boundary=abc")]
    [TestCase("Multipart/Form-Data;boundary=\"a b\"")]
    public void AFormContentTypePassesTheCheck(string contentType)
    {
        FormPerAspNet(contentType).Should().BeTrue();

        DeclaredFormValueProviderFactory.MayDeclareForm(contentType).Should().BeTrue();
    }

    [TestCase("application/json")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("text/plain")]
    [TestCase("multipart/mixed; boundary=abc")]
    [TestCase("application/x-www-form")]
    [TestCase("")]
    [TestCase(null)]
    public void AnyOtherContentTypeDoesNot(string? contentType)
    {
        FormPerAspNet(contentType).Should().BeFalse();

        DeclaredFormValueProviderFactory.MayDeclareForm(contentType).Should().BeFalse();
    }

    private static bool FormPerAspNet(string? contentType)
    {
        var request = new DefaultHttpContext().Request;
        request.ContentType = contentType;
        return request.HasFormContentType;
    }
}
