using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Minsheng.Api;

/// <summary>
/// Checks a JSON body's shape before the handler sees it: no null inside a list, no enum value the API does not
/// list (a status of -1), no endless text or list. Each error names its path (projects[3].indicators[0].name).
/// Handlers keep the limits that fit their fields (a site's name); these are the ceilings of every body.
/// </summary>
public static class BodyShape
{
    /// <summary>The longest text of any field of a JSON body: a unit's note, a problem, an answer.</summary>
    public const int MaxText = 2000;

    /// <summary>Items of a list, entries of a map: several times a large city's indicators in a month.</summary>
    public const int MaxItems = 5000;

    /// <summary>The largest JSON body; a plan document import and district outlines set their own.</summary>
    public const long MaxJsonBytes = 4 * 1024 * 1024;

    /// <summary>Checks the bodies of the group's endpoints, and limits their size unless an endpoint sets its own.</summary>
    public static TBuilder WithBodyChecks<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory(Filter);
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IRequestSizeLimitMetadata>().Any()) return;
            if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any()) endpoint.Metadata.Add(new RequestSizeLimitAttribute(MaxJsonBytes));
        });
        return builder;
    }

    private static EndpointFilterDelegate Filter(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        // The product's bodies are its *Request records.
        var index = Array.FindIndex(factory.MethodInfo.GetParameters(),
            p => p.ParameterType.Name.EndsWith("Request", StringComparison.Ordinal) && p.ParameterType.Namespace?.StartsWith("Minsheng", StringComparison.Ordinal) == true);
        if (index < 0) return next;
        return async context =>
        {
            var errors = new Errors();
            Check(context.Arguments[index], "", errors);
            if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary(), title: ApiText.Get("BodyNotValid"));
            return await next(context);
        };
    }

    public static void Check(object? value, string path, Errors errors)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Length > MaxText) errors.Add(Field(path), ApiText.Get("TextTooLong", MaxText, text.Length));
                return;
            case Enum choice:
                if (!Enum.IsDefined(choice.GetType(), choice)) errors.Add(Field(path), ApiText.Get("NotAllowedValue", Convert.ToInt64(choice)));
                return;
            case IDictionary map:
                if (map.Count > MaxItems) errors.Add(Field(path), ApiText.Get("TooManyItems", MaxItems, map.Count));
                else foreach (DictionaryEntry entry in map)
                {
                    var key = entry.Key.ToString() ?? "";
                    var at = $"{path}[\"{(key.Length > 40 ? key[..40] + "…" : key)}\"]";
                    if (key.Length > MaxText) errors.Add(Field(at), ApiText.Get("TextTooLong", MaxText, key.Length));
                    else Check(entry.Value, at, errors);
                }
                return;
            case IList list:
                if (list.Count > MaxItems)
                {
                    errors.Add(Field(path), ApiText.Get("TooManyItems", MaxItems, list.Count));
                    return;
                }
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is null) errors.Add($"{path}[{i}]", ApiText.Get("NullItem"));
                    else Check(list[i], $"{path}[{i}]", errors);
                }
                return;
        }
        var type = value.GetType();
        // Only the product's own request records are walked; numbers, dates and booleans need no check.
        if (type.IsPrimitive || type.Namespace?.StartsWith("Minsheng", StringComparison.Ordinal) != true) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Check(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", errors);
        }
    }

    private static string Field(string path) => path.Length == 0 ? "body" : path;
}
